package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values Postgres cannot store: a NUL character inside text (SQLSTATE 22021) and numbers beyond a
 * column's range (22003). Each is a 400, or a rejected row with its reason, and nothing changes.
 */
class BadValuesTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String[] customer;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    customer = shop.newCustomer("nul.example", "US");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void aNulCharacterInABodyIs400AndChangesNothing() {
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    int carts = platform.get("/v1/customers/" + customer[0] + "/orders", shop.token).json().getInteger("totalCount");
    TestPlatform.Reply cart = shop.createCart(customer[0], Shop.cart(null, Shop.line(0, item + "\u0000x", 1, "P1Y", customer[1], "single")));
    assertRefused(cart, 400);
    assertTrue(cart.body().contains("NUL"), cart::toString);
    TestPlatform.Reply key = platform.post("/v1/customers", shop.token, "{\"companyProfile\":{\"domain\":\"a.example\"},"
        + "\"billingProfile\":{\"companyName\":\"A\",\"defaultAddress\":{\"country\":\"US\"}},\"x\\u0000\":1}");
    assertRefused(key, 400);
    TestPlatform.Reply name = platform.post("/v1/customers", shop.token, "{\"companyProfile\":{\"domain\":\"b.example\"},"
        + "\"billingProfile\":{\"companyName\":\"B\\u0000\",\"defaultAddress\":{\"country\":\"US\"}}}");
    assertRefused(name, 400);
    assertEquals(carts, platform.get("/v1/customers/" + customer[0] + "/orders", shop.token).json().getInteger("totalCount"));
    assertTrue(platform.get("/v1/customers", shop.token).items().stream().noneMatch(c -> c.encode().contains("b.example")));
  }

  @Test
  void aNulCharacterInAQueryOrPathIs400() {
    assertRefused(platform.get("/v1/reservedInstances?country=US&q=E16%00", shop.token), 400);
    assertRefused(platform.get("/v1/customers/" + customer[0] + "%00", shop.token), 400);
  }

  @Test
  void usageWithANulCharacterIs400AndStoresNothing() {
    Instant hour = platform.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
    JsonArray items = new JsonArray()
        .add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1").put("armSkuName", "Standard_D2s_v5")
            .put("armRegionName", "eastus").put("quantity", 1))
        .add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm\u00002").put("armSkuName", "Standard_D2s_v5")
            .put("armRegionName", "eastus").put("quantity", 1));
    TestPlatform.Reply refused = platform.post("/v1/customers/" + customer[0] + "/subscriptions/" + customer[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertRefused(refused, 400);
    JsonObject recommendations = platform.get("/v1/customers/" + customer[0] + "/reservationRecommendations?lookBackPeriod=Last7Days",
        shop.token).json();
    assertEquals(0, recommendations.getInteger("totalCount"), recommendations::encode);
  }

  @Test
  void priceSheetRowsOutOfRangeOrWithNulAreRejectedWithTheirReasons() {
    String start = "2025-01-01T00:00:00Z";
    JsonArray rows = new JsonArray()
        .add(row("Standard_E2s_v5", "westus", "1e400", start))
        .add(row("Standard_E2s_v5", "westus", "123456789012345678", start))
        .add(row("Standard_E2s_v5", "westus", "700", start).put("unitPrice", 700).put("productName", "Virtual Machines\u0000"))
        .add(row("Standard_E2s_v5", "westus", "700.25", start).put("unitPrice", new BigDecimal("700.25")));
    String body = "{\"Items\":" + rows.encode().replace("\"1e400\"", "1e400").replace("\"123456789012345678\"", "123456789012345678") + "}";
    TestPlatform.Reply reply = platform.post("/v1/admin/priceSheets?name=bad-values.json", platform.operatorToken(), body);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(1, report.getInteger("rowsLoaded"), report::encode);
    assertEquals(3, report.getInteger("rowsRejected"), report::encode);
    String reasons = report.getJsonArray("rejected").encode();
    assertTrue(reasons.contains("out of range"), reasons);
    assertTrue(reasons.contains("NUL character"), reasons);
  }

  private static JsonObject row(String sku, String region, String price, String start) {
    return new JsonObject().put("currencyCode", "USD").put("armSkuName", sku).put("armRegionName", region).put("type", "Reservation")
        .put("reservationTerm", "1 Year").put("unitPrice", price).put("effectiveStartDate", start).put("serviceName", "Virtual Machines")
        .put("productName", "Virtual Machines Esv5 Series").put("unitOfMeasure", "1 Hour");
  }
}
