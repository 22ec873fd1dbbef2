package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rvi.catalog.CatalogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Checkout through the gateway: Idempotency-Key replays (the gateway hashes the body), and a catalog that is down. The
 * rules of exactly once and of carts (concurrent checkouts, duplicates, expiry) are the order service's own tests
 * (IdempotencyTest, CartRulesTest).
 */
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
}
