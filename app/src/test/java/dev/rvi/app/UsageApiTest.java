package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Usage ingest, utilization and sizing through the API, with hand-worked numbers. */
class UsageApiTest {
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

  private static JsonObject record(Instant hour, String vm, String sku, String region, double quantity) {
    return new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", vm).put("armSkuName", sku)
        .put("armRegionName", region).put("quantity", quantity);
  }

  private static TestPlatform.Reply ingest(String customer, String subscription, JsonArray items) {
    return platform.post("/v1/customers/" + customer + "/subscriptions/" + subscription + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
  }

  private static BigDecimal dec(JsonObject json, String field) {
    return new BigDecimal(json.getValue(field).toString());
  }

  @Test
  void ingestChecksEveryRecordAndReplacesRatherThanDoubles() {
    String[] c = shop.newCustomer("usage-a.example", "US");
    Instant hour = platform.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
    TestPlatform.Reply bad = ingest(c[0], c[1], new JsonArray()
        .add(record(hour, "vm-1", "Standard_D2s_v5", "eastus", 1))
        .add(record(hour.plusSeconds(60), "vm-1", "Standard_D2s_v5", "eastus", 1))
        .add(record(hour, "vm-2", "Standard_D2s_v5", "eastus", 1.5))
        .add(record(hour, "", "Standard_D2s_v5", "eastus", 1))
        .add(record(hour, "vm-3", "D2s v5", "eastus", 1))
        .add(record(hour.plus(Duration.ofDays(2)), "vm-4", "Standard_D2s_v5", "eastus", 1))
        .add(record(hour, "/subscriptions/another-sub/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm-5",
            "Standard_D2s_v5", "eastus", 1)));
    JsonObject error = assertRefused(bad, 400);
    assertEquals(6, error.getJsonArray("data").size(), bad::toString);
    assertTrue(error.getJsonArray("data").getString(4).contains("has not begun yet"), bad::toString);
    assertTrue(error.getJsonArray("data").getString(5).contains("not of " + c[1]), bad::toString);
    assertEquals(0, ingest(c[0], c[1], new JsonArray().add(record(hour,
        "/subscriptions/" + c[1].toUpperCase() + "/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm-6",
        "Standard_D2s_v5", "eastus", 1))).json().getInteger("replaced"), "a resource id of this subscription, in any case, is taken");
    assertTrue(error.getJsonArray("data").getString(0).startsWith("items[1]: usageStartTime must be on the hour"));

    JsonArray items = new JsonArray().add(record(hour, "vm-1", "Standard_D2s_v5", "eastus", 1)).add(record(hour, "vm-2", "Standard_D2s_v5", "eastus", 0.5));
    JsonObject first = ingest(c[0], c[1], items).json();
    assertEquals(2, first.getInteger("new"));
    JsonObject again = ingest(c[0], c[1], new JsonArray().add(record(hour, "vm-2", "Standard_D2s_v5", "eastus", 1))
        .add(record(hour, "vm-2", "Standard_D2s_v5", "eastus", 0.25))).json();
    assertEquals(2, again.getInteger("received"));
    assertEquals(1, again.getInteger("stored"), "the same VM and hour twice in one request: the last one counts");
    assertEquals(1, again.getInteger("replaced"));
    assertRefused(platform.post("/v1/customers/" + DemoCustomers.DATUM.id() + "/subscriptions/" + DemoCustomers.DATUM.subscriptions().get(0).id()
        + "/usage", shop.token, new JsonObject().put("items", items).encode()), 404);
    assertRefused(platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token, "{\"records\": []}"), 400);
  }

  /** Instance size flexibility off (Azure's PATCH): the reservation covers only VMs of its own size. */
  @Test
  void withInstanceSizeFlexibilityOffOnlyTheExactSizeCounts() {
    String[] c = shop.newCustomer("usage-exact.example", "US");
    JsonObject d4 = shop.reservation(c[0], c[1], shop.item("Standard_D4s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    TestPlatform.Reply off = platform.patch(Shop.path(c[0], d4), shop.token,
        "{\"properties\":{\"reservedResourceProperties\":{\"instanceFlexibility\":\"Off\"}}}");
    assertEquals(200, off.status(), off::toString);
    assertEquals("Off", off.json().getString("instanceFlexibility"));
    platform.moveClockBy(Duration.ofDays(2));
    LocalDate day = LocalDate.ofInstant(Instant.parse(d4.getString("effectiveDateTime")), ZoneOffset.UTC).plusDays(1);
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24; h++) {
      Instant hour = midnight.plus(Duration.ofHours(h));
      items.add(record(hour, "vm-a", "Standard_D2s_v5", "eastus", 1));   // ratio 1 of the same group: not covered when Off
      items.add(record(hour, "vm-b", "Standard_D2s_v5", "eastus", 1));
      if (h < 12) {
        items.add(record(hour, "vm-d", "Standard_D4s_v5", "eastus", 1)); // the exact size, half the day
      }
    }
    assertEquals(200, ingest(c[0], c[1], items).status());
    String utilization = Shop.path(c[0], d4) + "/utilization?grain=daily&from=" + day + "&to=" + day;
    JsonObject exact = platform.get(utilization, shop.token).items().get(0);
    assertEquals(0, new BigDecimal("12").compareTo(dec(exact, "usedHours")), exact::encode);
    assertEquals(0, new BigDecimal("50").compareTo(dec(exact, "utilizedPercentage")), exact::encode);

    // Back on: the two ratio-1 VMs fill it in the hours the D4s_v5 does not run.
    assertEquals(200, platform.patch(Shop.path(c[0], d4), shop.token, "{\"instanceFlexibility\":\"On\"}").status());
    JsonObject flexible = platform.get(utilization, shop.token).items().get(0);
    assertEquals(0, new BigDecimal("24").compareTo(dec(flexible, "usedHours")), flexible::encode);
  }

  @Test
  void utilizationOfARatio2ReservationFromRatio1Vms() {
    String[] c = shop.newCustomer("usage-b.example", "US");
    JsonObject shared = shop.reservation(c[0], c[1], shop.item("Standard_D4s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String other = platform.post("/v1/customers/" + c[0] + "/subscriptions", shop.token, "{\"friendlyName\":\"other\"}").json().getString("id");
    platform.post("/v1/customers/" + c[0] + "/subscriptions/" + other + "/registrations", shop.token, "");
    JsonObject single = shop.reservation(c[0], c[1], shop.item("Standard_E2s_v5", "eastus", "P1Y"), 1, "P1Y", "single");
    platform.moveClockBy(Duration.ofDays(2));
    LocalDate day = LocalDate.ofInstant(Instant.parse(shared.getString("effectiveDateTime")), ZoneOffset.UTC).plusDays(1);
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24; h++) {
      Instant hour = midnight.plus(Duration.ofHours(h));
      items.add(record(hour, "vm-a", "Standard_D2s_v5", "eastus", 1));
      if (h < 12) {
        items.add(record(hour, "vm-b", "Standard_D2s_v5", "eastus", 1));
      }
    }
    assertEquals(200, ingest(c[0], c[1], items).status());
    // Another subscription's E2s_v5 VM: the Single-scope E2s_v5 reservation must ignore it.
    JsonArray elsewhere = new JsonArray();
    for (int h = 0; h < 24; h++) {
      elsewhere.add(record(midnight.plus(Duration.ofHours(h)), "vm-e", "Standard_E2s_v5", "eastus", 1));
    }
    assertEquals(200, ingest(c[0], other, elsewhere).status());

    List<JsonObject> days = platform.get(Shop.path(c[0], shared) + "/utilization?grain=daily&from=" + day + "&to=" + day, shop.token).items();
    assertEquals(1, days.size());
    JsonObject d = days.get(0);
    // 12 hours with two ratio-1 VMs fill the ratio-2 reservation; 12 hours with one use half: 18 of 24 hours.
    assertEquals(0, new BigDecimal("24").compareTo(dec(d, "reservedHours")));
    assertEquals(0, new BigDecimal("18").compareTo(dec(d, "usedHours")));
    assertEquals(0, new BigDecimal("75").compareTo(dec(d, "utilizedPercentage")));
    assertEquals(0, new BigDecimal("50").compareTo(dec(d, "minUtilizationPercentage")));
    assertEquals(0, new BigDecimal("75").compareTo(dec(d, "avgUtilizationPercentage")));
    assertEquals(0, new BigDecimal("100").compareTo(dec(d, "maxUtilizationPercentage")));
    assertEquals(day.toString(), d.getString("usageDate"));

    JsonObject singleDay = platform.get(Shop.path(c[0], single) + "/utilization?from=" + day + "&to=" + day, shop.token).items().get(0);
    assertEquals(0, BigDecimal.ZERO.compareTo(dec(singleDay, "usedHours")), "single scope ignores the other subscription's VMs");

    JsonObject overview = platform.get(Shop.path(c[0], shared), shop.token).json().getJsonObject("utilization");
    assertEquals(3, overview.getJsonArray("aggregates").size());
    assertEquals("days", overview.getJsonArray("aggregates").getJsonObject(0).getString("grainUnit"));
    assertRefused(platform.get(Shop.path(c[0], shared) + "/utilization?grain=monthly", shop.token), 400);
    assertRefused(platform.get(Shop.path(c[0], shared) + "/utilization?from=2027-05-01&to=2027-01-01", shop.token), 400);
  }

  private static JsonArray steadyAndPartTime(Instant from, int steady, int partTime, String prefix) {
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24 * 30; h++) {
      Instant hour = from.plus(Duration.ofHours(h));
      for (int v = 0; v < steady; v++) {
        items.add(record(hour, prefix + "steady-" + v, "Standard_D2s_v5", "westus2", 1));
      }
      if (h % 24 < 4) {
        for (int v = 0; v < partTime; v++) {
          items.add(record(hour, prefix + "part-" + v, "Standard_D2s_v5", "westus2", 1));
        }
      }
    }
    return items;
  }

  @Test
  void tenSteadyVmsAndFivePartTimeOnesRecommendTen() {
    String[] c = shop.newCustomer("usage-c.example", "US");
    Instant from = platform.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(24 * 30));
    assertEquals(7800, ingest(c[0], c[1], steadyAndPartTime(from, 10, 5, "")).json().getInteger("stored"));
    List<JsonObject> recs = platform.get("/v1/customers/" + c[0] + "/reservationRecommendations?scope=Shared&lookBackPeriod=Last30Days&term=P1Y",
        shop.token).items();
    assertEquals(1, recs.size(), recs::toString);
    JsonObject r = recs.get(0);
    assertEquals("Standard_D2s_v5", r.getString("armSkuName"));
    assertEquals("westus2", r.getString("armRegionName"));
    assertEquals("Dsv5 Series", r.getString("instanceFlexibilityGroup"));
    assertEquals(10, r.getInteger("recommendedQuantity"));
    assertEquals(10, r.getInteger("recommendedQuantityNormalized"));
    // 7,800 VM-hours x 0.096 = 748.80 without; 10 x 720 h x 496.17 / 8760 + 600 x 0.096 = 407.81 + 57.60 = 465.41 with
    assertEquals(0, new BigDecimal("748.80").compareTo(dec(r, "costWithNoReservedInstances")));
    assertEquals(0, new BigDecimal("465.41").compareTo(dec(r, "totalCostWithReservedInstances")));
    assertEquals(0, new BigDecimal("283.39").compareTo(dec(r, "netSavings")));
    List<JsonObject> single = platform.get("/v1/customers/" + c[0] + "/reservationRecommendations?scope=Single&lookBackPeriod=Last30Days",
        shop.token).items();
    assertEquals(c[1], single.get(0).getString("subscriptionId"));
    assertRefused(platform.get("/v1/customers/" + c[0] + "/reservationRecommendations?lookBackPeriod=Last9Days", shop.token), 400);
  }

  @Test
  void usageAlreadyCoveredDoesNotCount() {
    String[] c = shop.newCustomer("usage-d.example", "US");
    shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "westus2", "P1Y"), 4, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(31));
    Instant from = platform.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(24 * 30));
    ingest(c[0], c[1], steadyAndPartTime(from, 10, 5, "d-"));
    List<JsonObject> recs = platform.get("/v1/customers/" + c[0] + "/reservationRecommendations?lookBackPeriod=Last30Days&term=P1Y",
        shop.token).items();
    assertEquals(6, recs.get(0).getInteger("recommendedQuantity"), "4 of the 10 steady VMs are covered already");
  }
}
