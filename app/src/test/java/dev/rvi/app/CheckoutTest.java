package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.catalog.CatalogService;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Exactly once: concurrent checkouts, Idempotency-Key replays, expiry, and a catalog that is down. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String d2;
  private static final String ADATUM = DemoCustomers.ADATUM.id();
  private static final String PRODUCTION = DemoCustomers.ADATUM.subscriptions().get(0).id();

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    d2 = shop.item("Standard_D2s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static int orderCount() {
    return platform.get("/v1/customers/" + ADATUM + "/orders", shop.token).json().getInteger("totalCount");
  }

  private static String newCart() {
    TestPlatform.Reply cart = shop.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "single")));
    assertEquals(201, cart.status(), cart::toString);
    return cart.json().getString("id");
  }

  @Test
  @Order(1)
  void concurrentCheckoutsOfOneCartMakeOneOrder() throws Exception {
    for (int round = 0; round < 3; round++) {
      int before = orderCount();
      String cartId = newCart();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Callable<TestPlatform.Reply>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> shop.checkout(ADATUM, cartId));
      }
      List<TestPlatform.Reply> replies = new ArrayList<>();
      for (Future<TestPlatform.Reply> f : pool.invokeAll(calls)) {
        replies.add(f.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
      for (TestPlatform.Reply r : replies) {
        if (r.status() != 201) {
          int code = ErrorShape.assertRefused(r, r.status()).getInteger("code");
          assertTrue((r.status() == 409 && code == 800064) || (r.status() == 400 && code == 800065), r::toString);
        }
      }
      assertEquals(before + 1, orderCount());
    }
  }

  @Test
  @Order(2)
  void idempotencyKeyReplaysTheFirstResponse() {
    String body = Shop.cart(null, Shop.line(0, d2, 2, "P1Y", PRODUCTION, "single"));
    TestPlatform.Reply first = platform.post("/v1/customers/" + ADATUM + "/carts", shop.token, body, "cart-key-1");
    TestPlatform.Reply again = platform.post("/v1/customers/" + ADATUM + "/carts", shop.token, body, "cart-key-1");
    assertEquals(201, first.status(), first::toString);
    assertEquals(201, again.status());
    assertEquals(first.json().getString("id"), again.json().getString("id"), "the same cart, not a second one");
    assertRefused(platform.post("/v1/customers/" + ADATUM + "/carts", shop.token,
        Shop.cart(null, Shop.line(0, d2, 5, "P1Y", PRODUCTION, "single")), "cart-key-1"), 422, 422);
    // Keys are per partner: another partner's same key is its own.
    assertNotEquals(first.json().getString("id"), platform.post("/v1/customers/" + ADATUM + "/carts", shop.token, body, "cart-key-2")
        .json().getString("id"));

    String cartId = first.json().getString("id");
    int before = orderCount();
    String path = "/v1/customers/" + ADATUM + "/carts/" + cartId + "/checkout";
    TestPlatform.Reply bought = platform.post(path, shop.token, "", "checkout-key-1");
    TestPlatform.Reply retried = platform.post(path, shop.token, "", "checkout-key-1");
    assertEquals(201, bought.status(), bought::toString);
    assertEquals(201, retried.status(), retried::toString);
    assertEquals(bought.json(), retried.json(), "a retry with the key gets the same order");
    assertEquals(before + 1, orderCount());
    assertRefused(platform.post(path, shop.token, "", "checkout-key-2"), 400, 800065);

    String customer = "{\"companyProfile\":{\"domain\":\"idem.example\"},\"billingProfile\":{\"companyName\":\"Idem\",\"defaultAddress\":{\"country\":\"US\"}}}";
    TestPlatform.Reply c1 = platform.post("/v1/customers", shop.token, customer, "customer-key");
    TestPlatform.Reply c2 = platform.post("/v1/customers", shop.token, customer, "customer-key");
    assertEquals(c1.json().getString("id"), c2.json().getString("id"));
  }

  @Test
  @Order(3)
  void concurrentRequestsWithOneKeyCreateOneCart() throws Exception {
    String body = Shop.cart(null, Shop.line(0, d2, 3, "P1Y", PRODUCTION, "single"));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<TestPlatform.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> platform.post("/v1/customers/" + ADATUM + "/carts", shop.token, body, "racing-key"));
    }
    List<String> ids = new ArrayList<>();
    for (Future<TestPlatform.Reply> f : pool.invokeAll(calls)) {
      TestPlatform.Reply r = f.get(60, TimeUnit.SECONDS);
      assertEquals(201, r.status(), r::toString);
      ids.add(r.json().getString("id"));
    }
    pool.shutdown();
    assertEquals(1, ids.stream().distinct().count(), ids::toString);
  }

  @Test
  @Order(4)
  void aCatalogThatDoesNotAnswerFailsCheckoutCleanly() {
    String cartId = newCart();
    int before = orderCount();
    platform.platform.stopService("catalog").toCompletionStage().toCompletableFuture().join();
    try {
      TestPlatform.Reply reply = shop.checkout(ADATUM, cartId);
      assertRefused(reply, 503);
      assertEquals(before, orderCount(), "nothing written");
      assertEquals("Active", platform.get("/v1/customers/" + ADATUM + "/carts/" + cartId, shop.token).json().getString("status"));
    } finally {
      platform.platform.startService(new CatalogService(), platform.options)
          .toCompletionStage().toCompletableFuture().join();
    }
    assertEquals(201, shop.checkout(ADATUM, cartId).status(), "once the catalog is back the same cart checks out");
  }

  @Test
  @Order(5)
  void cartsExpireAfterSevenDays() {
    String cartId = newCart();
    platform.clock.moveTo(platform.clock.instant().plus(Duration.ofDays(7)).plusSeconds(60));
    JsonObject cart = platform.get("/v1/customers/" + ADATUM + "/carts/" + cartId, shop.token).json();
    assertEquals("Expired", cart.getString("status"));
    TestPlatform.Reply refused = shop.checkout(ADATUM, cartId);
    assertRefused(refused, 400);
    assertTrue(refused.json().getString("description").contains("expired"), refused::toString);
    assertRefused(platform.put("/v1/customers/" + ADATUM + "/carts/" + cartId, shop.token,
        Shop.cart(null, Shop.line(0, d2, 2, "P1Y", PRODUCTION, "single"))), 400);
  }
}
