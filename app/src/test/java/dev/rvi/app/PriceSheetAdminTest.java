package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

/** Loading price sheets as the operator: bad rows rejected with reasons, later sheets supersede from their date. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PriceSheetAdminTest {
  private static TestPlatform platform;
  private static String operator;
  private static String partner;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(false);
    operator = platform.operatorToken();
    partner = platform.token("p1", "AdminAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  static JsonObject row(String type, String sku, String region, String term, Object price, String start) {
    JsonObject row = new JsonObject().put("currencyCode", "USD").put("armSkuName", sku).put("armRegionName", region)
        .put("type", type).put("unitPrice", price).put("retailPrice", price).put("effectiveStartDate", start)
        .put("serviceName", "Virtual Machines").put("productName", "Virtual Machines Dsv5 Series").put("skuName", "D2s v5")
        .put("unitOfMeasure", "1 Hour");
    if (term != null) {
      row.put("reservationTerm", term);
    }
    return row;
  }

  private static String sheet(JsonObject... rows) {
    return new JsonObject().put("BillingCurrency", "USD").put("Items", new JsonArray(List.of((Object[]) rows)))
        .put("NextPageLink", null).put("Count", rows.length).encode();
  }

  private BigDecimal price(String sku, String region, String term) {
    List<JsonObject> rows = platform.get("/v1/reservedInstances?country=US&armSkuName=" + sku + "&armRegionName=" + region
        + "&term=" + term, partner).items();
    assertEquals(1, rows.size(), () -> "one price for " + sku + " " + region + " " + term);
    return new BigDecimal(rows.get(0).getValue("unitPrice").toString());
  }

  private static void assertPrice(String expected, BigDecimal actual, String... why) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual + " " + String.join("", why));
  }

  @Test
  @Order(1)
  void badRowsAreRejectedWithReasonsWhileGoodRowsLoad() {
    String start = "2025-01-01T00:00:00Z";
    String body = sheet(
        row("Reservation", "Standard_D2s_v5", "eastus", "1 Year", 500.00, start),
        row("Reservation", "Standard_D2s_v5", "eastus", "3 Years", 950.50, start),
        row("Consumption", "Standard_D2s_v5", "eastus", null, 0.096, start),
        row("Reservation", "Standard_D4s_v5", "atlantis", "1 Year", 900, start),
        row("Reservation", "Standard_D4s_v5", "eastus", "5 Years", 900, start),
        row("Reservation", "Standard_D4s_v5", "eastus", "1 Year", -1, start),
        row("Reservation", "Standard_D4s_v5", "eastus", "1 Year", 900, "last tuesday"),
        row("Reservation", "Standard_D4s_v5", "eastus", "1 Year", "nine hundred", start),
        row("Bundle", "Standard_D4s_v5", "eastus", "1 Year", 900, start),
        row("Reservation", "Standard_D2s_v5", "eastus", "1 Year", 501.00, start),
        row("Consumption", "Standard_D2s_v5", "eastus", null, 0.2, start).put("productName", "Virtual Machines Dsv5 Series Windows"),
        row("Consumption", "Standard_D2s_v5", "eastus", null, 0.02, start).put("skuName", "D2s v5 Spot"),
        row("Consumption", "Storage", "eastus", null, 0.02, start).put("serviceName", "Storage"));
    TestPlatform.Reply reply = platform.post("/v1/admin/priceSheets?name=test-sheet.json", operator, body);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(13, report.getInteger("rowsRead"));
    assertEquals(3, report.getInteger("rowsLoaded"));
    assertEquals(7, report.getInteger("rowsRejected"));
    assertEquals(3, report.getInteger("rowsSkipped"));
    String reasons = report.getJsonArray("rejected").encode();
    for (String expected : List.of("unknown armRegionName atlantis", "reservationTerm 5 Years", "must not be negative",
        "effectiveStartDate last tuesday", "unitPrice must be a number", "unknown type Bundle", "duplicate of row 0")) {
      assertTrue(reasons.contains(expected), () -> "reason '" + expected + "' in " + reasons);
    }
    assertEquals(3, report.getJsonArray("rejected").getJsonObject(0).getInteger("row"), "rows are numbered from 0");
    assertPrice("500.00", price("Standard_D2s_v5", "eastus", "P1Y"));
    assertPrice("950.50", price("Standard_D2s_v5", "eastus", "P3Y"));
    assertEquals(0, platform.get("/v1/reservedInstances?country=US&armSkuName=Standard_D4s_v5", partner).json().getInteger("totalCount"));
  }

  @Test
  @Order(2)
  void aLaterSheetSupersedesFromItsStartDate() {
    Instant inTenDays = platform.clock.instant().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    TestPlatform.Reply reply = platform.post("/v1/admin/priceSheets", operator,
        sheet(row("Reservation", "Standard_D2s_v5", "eastus", "1 Year", 450.25, inTenDays.toString())));
    assertEquals(1, reply.json().getInteger("rowsLoaded"), reply::toString);
    assertPrice("500.00", price("Standard_D2s_v5", "eastus", "P1Y"), "the new price is not in force yet");

    TestPlatform.Reply moved = platform.post("/v1/admin/clock", operator, "{\"now\":\"" + inTenDays.plusSeconds(60) + "\"}");
    assertEquals(200, moved.status(), moved::toString);
    assertPrice("450.25", price("Standard_D2s_v5", "eastus", "P1Y"), "from its start date the new price applies");
    assertPrice("950.50", price("Standard_D2s_v5", "eastus", "P3Y"), "other prices stay");
    Instant now = Instant.parse(platform.get("/v1/admin/clock", operator).json().getString("now"));
    assertTrue(!now.isBefore(inTenDays.plusSeconds(60)) && now.isBefore(inTenDays.plusSeconds(120)), "time runs on from where it was moved");
    assertRefused(platform.post("/v1/admin/clock", operator, "{\"now\":\"2020-01-01T00:00:00Z\"}"), 400);
    assertRefused(platform.post("/v1/admin/clock", operator, "{\"now\":\"tomorrow\"}"), 400);
    assertRefused(platform.post("/v1/admin/clock", partner, "{\"now\":\"2099-01-01T00:00:00Z\"}"), 403);
  }

  @Test
  @Order(3)
  void somethingThatIsNotAPriceSheetIs400AndLoadsNothing() {
    int before = platform.get("/v1/reservedInstances?country=US", partner).json().getInteger("totalCount");
    assertRefused(platform.post("/v1/admin/priceSheets", operator, "{\"Items\": [ {\"type\": "), 400);
    assertRefused(platform.post("/v1/admin/priceSheets", operator, "{\"prices\": []}"), 400);
    assertRefused(platform.post("/v1/admin/priceSheets", operator, "\"just a string\""), 400);
    assertRefused(platform.post("/v1/admin/priceSheets", operator, ""), 400);
    String halfGood = "{\"Items\": [" + row("Reservation", "Standard_D8s_v5", "eastus", "1 Year", 1.0, "2025-01-01").encode() + ", 42]}";
    assertRefused(platform.post("/v1/admin/priceSheets", operator, halfGood), 400);
    assertEquals(before, platform.get("/v1/reservedInstances?country=US", partner).json().getInteger("totalCount"));
  }

  @Test
  @Order(4)
  void theBundledSampleSheetLoadsCompletely() {
    TestPlatform.Reply reply = platform.post("/v1/admin/priceSheets?name=sample", operator, DemoData.samplePriceSheet());
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(840, reply.json().getInteger("rowsRead"));
    assertEquals(840 + 560, reply.json().getInteger("rowsLoaded"), "each PAYG price with its two savings-plan rates");
    assertEquals(0, reply.json().getInteger("rowsRejected"));
  }
}
