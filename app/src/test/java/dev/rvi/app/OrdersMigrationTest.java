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
 * Databases of the orders schema's earlier versions migrate without loss: a cart written before cart lines kept their tier
 * prices (orders V16) reads the same and checks out; reservations written before archiving (orders V17) read the same, not
 * archived, and archive once ended.
 */
class OrdersMigrationTest {
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
    assertEquals(1, platform.number("SELECT count(*) FROM orders.cart_line WHERE prices IS NOT NULL AND cart_id = '"
        + next.json().getString("id") + "'"), "a cart made now keeps its prices");
  }

  @Test
  void reservationsWrittenBeforeReadTheSameAndArchiveOnceEnded() throws Exception {
    String[] c = shop.newCustomer("archive-migration.example", "US");
    JsonObject bought = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    String path = Shop.path(c[0], bought);
    String order = "/providers/Microsoft.Capacity/reservationOrders/" + bought.getString("reservationOrderId");
    String arm = order + "/reservations/" + bought.getString("id");

    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_ARCHIVE);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    JsonObject read = platform.get(path, shop.token).json();
    assertEquals(false, read.getBoolean("archived"));
    JsonObject expected = bought.copy();
    expected.remove("utilization");
    read.remove("utilization");
    assertEquals(expected, read, "the reservation reads as it was written");

    // In force: not archived. Split (so ended): archived, hidden from the unarchived list, shown again when unarchived.
    ErrorShape.assertArmRefused(platform.post(arm + "/archive?api-version=2022-11-01", shop.token, ""), 400, "BadRequest");
    TestPlatform.Reply split = platform.post(order + "/split?api-version=2022-11-01", shop.token,
        "{\"properties\":{\"quantities\":[1,1],\"reservationId\":\"" + arm + "\"}}");
    assertEquals(202, split.status(), split::toString);
    assertEquals(200, platform.post(arm + "/archive?api-version=2022-11-01", shop.token, "").status());
    String unarchived = "/providers/Microsoft.Capacity/reservations?api-version=2022-11-01&take=1000&%24filter="
        + "properties%2Farchived%20eq%20false";
    assertEquals(false, platform.get(unarchived, shop.token).body().contains(bought.getString("id")));
    assertEquals(true, platform.get(arm + "?api-version=2022-11-01", shop.token).json().getJsonObject("properties").getBoolean("archived"));
    assertEquals(200, platform.post(arm + "/unarchive?api-version=2022-11-01", shop.token, "").status());
    assertEquals(true, platform.get(unarchived, shop.token).body().contains(bought.getString("id")));
    ErrorShape.assertArmRefused(platform.post(arm + "/archive?api-version=2022-11-01", platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), ""),
        404, "ResourceNotFound");
  }
}
