package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database of the version before tier prices (orders at V14) migrates without loss: an order bought then reads as it
 * did, with no tier prices, and one bought after has them.
 */
class TierPriceMigrationTest {
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void ordersBoughtBeforeReadTheSame() throws Exception {
    String[] c = shop.newCustomer("tier-migration.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    TestPlatform.Reply bought = shop.buy(c[0], null, Shop.line(0, item, 1, "P1Y", c[1], "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    String order = "/v1/customers/" + c[0] + "/orders/" + bought.json().getJsonArray("orders").getJsonObject(0).getString("id");

    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_TIER_PRICES + "DELETE FROM orders.outbox WHERE delivered_at IS NULL AND topic = 'none'");
    String before = platform.get("/v1/customers/" + c[0], shop.token).body();
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    JsonObject line = platform.get(order, shop.token).json().getJsonArray("lineItems").getJsonObject(0);
    assertNull(line.getValue("prices"), "no tier prices were kept before");
    assertEquals(0, platform.number("SELECT count(*) FROM orders.order_line_tier"));
    assertEquals(before, platform.get("/v1/customers/" + c[0], shop.token).body());
    // With a list in force, a line bought now keeps its tier price.
    TestPlatform.Reply list = platform.post("/v1/priceLists", shop.token, "{\"name\":\"All +5\",\"currency\":\"USD\",\"rules\":[{\"percent\":5}]}");
    assertEquals(201, list.status(), list::toString);
    assertEquals(201, platform.post("/v1/priceLists/" + list.json().getString("id") + "/assignments", shop.token,
        "{\"effectiveFrom\":\"2000-01-01\"}").status());
    TestPlatform.Reply after = shop.buy(c[0], null, Shop.line(0, item, 1, "P1Y", c[1], "Shared"));
    assertEquals(201, after.status(), after::toString);
    assertEquals(1, platform.number("SELECT count(*) FROM orders.order_line_tier"), "a line bought now keeps its tier price");
  }
}
