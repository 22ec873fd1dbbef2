package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A cart written by the version before cart lines kept their tier prices (orders V16) reads the same and checks out. */
class CartPricesMigrationTest {
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    PriceListsInForce.markup(platform, shop.token, "All +5", "5");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void aCartWrittenBeforeReadsTheSameAndChecksOut() throws Exception {
    String[] c = shop.newCustomer("cart-migration.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    TestPlatform.Reply cart = shop.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1, "P1Y", c[1], "Shared")));
    assertEquals(201, cart.status(), cart::toString);
    String path = "/v1/customers/" + c[0] + "/carts/" + cart.json().getString("id");

    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_CART_PRICES);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    JsonObject line = platform.get(path, shop.token).json().getJsonArray("lineItems").getJsonObject(0);
    assertNull(line.getValue("prices"), "the prices were not kept before");
    JsonObject expected = cart.json().getJsonArray("lineItems").getJsonObject(0).copy();
    expected.remove("prices");
    assertEquals(expected, line, "the line reads as it was written");
    TestPlatform.Reply bought = shop.checkout(c[0], cart.json().getString("id"));
    assertEquals(201, bought.status(), bought::toString);
    TestPlatform.Reply next = shop.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1, "P1Y", c[1], "Shared")));
    assertEquals(201, next.status(), next::toString);
    assertEquals(1, platform.number("SELECT count(*) FROM orders.cart_line WHERE prices IS NOT NULL"), "a cart made now keeps its prices");
  }
}
