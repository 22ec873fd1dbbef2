package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benefit comparison through HTTP, with the sample sheet's one-year prices of a Standard_D2s_v5 (0.096 an hour
 * pay-as-you-go in East US and West US 2, 0.0691 at the savings plan's rate, 496.17 for a reservation). Over the last
 * week (168 hours) one VM runs in East US every hour; a second runs in West US 2 the first 84 hours and in East US the last
 * 84: two VMs every hour, 336 hours, 32.256 without a benefit. By hand:
 * <ul>
 *   <li>reservations: East US's group runs 1 then 2, so one instance is advised (a second, used half the time, would
 *   cost 9.52 to save 8.06), West US 2 none (used half the time); 496.17 × 168 / 8760 = 9.5155890 committed, the 168
 *   hours it leaves 16.128: 25.64 in all, 6.61 saved (20.50 %), half the cost covered;</li>
 *   <li>a savings plan alone: two VMs at 0.0691 every hour, the largest candidate 0.138 an hour (23.184 committed) pays
 *   for 1.997105 of the 2 hours of each hour, 0.48636 hours left at 0.096 (0.0467): 23.23, 9.03 saved (27.98 %);</li>
 *   <li>the mix: the reservation, then one VM every hour left, best served by 0.069 an hour (11.592), 0.998552 of each
 *   hour paid for, 0.243264 hours left (0.0234): 21.11 committed, 21.13 in all, 11.13 saved (34.49 %): the best.</li>
 * </ul>
 */
class BenefitComparisonTest {
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

  private static void assertDecimal(String expected, JsonObject json, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(json.getValue(field).toString())), () -> field + " of " + json.encode());
  }

  private static JsonObject vm(Instant hour, String id, String region) {
    return new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", id).put("armSkuName", "Standard_D2s_v5")
        .put("armRegionName", region).put("quantity", 1);
  }

  private static void ingest(String[] c, JsonArray items) {
    TestPlatform.Reply ingested = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);
  }

  private static void assertOption(JsonObject o, String reservationCost, String planCost, String commitment, String uncovered,
                                   String total, String savings, String savingsPercentage, String coverage) {
    assertDecimal(reservationCost, o, "reservationCost");
    assertDecimal(planCost, o, "savingsPlanCost");
    assertDecimal(commitment, o, "commitmentCost");
    assertDecimal(uncovered, o, "uncoveredCost");
    assertDecimal(total, o, "totalCost");
    assertDecimal(savings, o, "savingsAmount");
    assertDecimal(savingsPercentage, o, "savingsPercentage");
    assertDecimal(coverage, o, "coveragePercentage");
  }

  private static Map<String, JsonObject> byKind(JsonObject comparison) {
    return comparison.getJsonArray("options").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(o -> o.getString("kind"), Function.identity()));
  }

  @Test
  void steadyUsageIsReservedAndTheRestGoesToAPlan() {
    String[] c = shop.newCustomer("benefit-comparison.example", "US");
    Instant now = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 168; h > 0; h--) {
      Instant hour = now.minus(Duration.ofHours(h));
      items.add(vm(hour, "vm-1", "eastus"));
      items.add(h > 84 ? vm(hour, "vm-2", "westus2") : vm(hour, "vm-3", "eastus"));
    }
    ingest(c, items);

    String path = "/v1/customers/" + c[0] + "/benefitComparison";
    TestPlatform.Reply reply = platform.get(path + "?lookBackPeriod=Last7Days&term=P1Y", shop.token);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject comparison = reply.json();
    assertEquals("Last7Days", comparison.getString("lookBackPeriod"));
    assertEquals("P1Y", comparison.getString("term"));
    assertEquals("Shared", comparison.getString("scope"));
    assertEquals("USD", comparison.getString("currencyCode"));
    assertEquals(168, comparison.getInteger("totalHours"));
    assertDecimal("32.26", comparison, "costWithoutBenefit");
    assertEquals("mix", comparison.getString("bestOption"));
    Map<String, JsonObject> options = byKind(comparison);
    assertEquals(3, options.size(), comparison::encode);

    JsonObject reservations = options.get("reservations");
    JsonArray advised = reservations.getJsonArray("reservations");
    assertEquals(1, advised.size(), reservations::encode);
    assertEquals("Standard_D2s_v5", advised.getJsonObject(0).getString("armSkuName"));
    assertEquals("eastus", advised.getJsonObject(0).getString("armRegionName"));
    assertEquals(1, advised.getJsonObject(0).getInteger("quantity"));
    assertNull(reservations.getValue("savingsPlan"), reservations::encode);
    assertOption(reservations, "9.52", "0", "9.52", "16.13", "25.64", "6.61", "20.50", "50.00");

    JsonObject plan = options.get("savingsPlan");
    assertEquals(0, plan.getJsonArray("reservations").size(), plan::encode);
    assertDecimal("0.138", plan.getJsonObject("savingsPlan"), "commitmentAmount");
    assertOption(plan, "0", "23.18", "23.18", "0.05", "23.23", "9.03", "27.98", "99.86");

    JsonObject mix = options.get("mix");
    assertEquals(advised, mix.getJsonArray("reservations"));
    assertDecimal("0.069", mix.getJsonObject("savingsPlan"), "commitmentAmount");
    assertOption(mix, "9.52", "11.59", "21.11", "0.02", "21.13", "11.13", "34.49", "99.93");

    // The defaults: the last 60 days, three years.
    JsonObject defaults = platform.get(path, shop.token).json();
    assertEquals("Last60Days", defaults.getString("lookBackPeriod"));
    assertEquals("P3Y", defaults.getString("term"));
    assertEquals(1440, defaults.getInteger("totalHours"));

    assertRefused(platform.get(path + "?lookBackPeriod=Last9Days", shop.token), 400);
    assertRefused(platform.get(path + "?term=P2Y", shop.token), 400);
    assertRefused(platform.get(path, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
  }

  /**
   * One VM every other hour of the week: a plan loses in the idle hours more than it saves in the busy ones (0.096 /
   * 0.0691 is 1.39 per unit spent, 0 per unit lost), so no candidate saves and no plan is recommended; a reservation used
   * half the time saves nothing either, so no option is best.
   */
  @Test
  void usageHalfTheTimeIsAdvisedNothing() {
    String[] c = shop.newCustomer("benefit-nothing.example", "US");
    Instant now = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 168; h > 0; h -= 2) {
      items.add(vm(now.minus(Duration.ofHours(h)), "vm-1", "eastus"));
    }
    ingest(c, items);

    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlanRecommendations?lookBackPeriod=Last7Days&term=P1Y",
        shop.token).items();
    assertEquals(List.of(), plans);

    JsonObject comparison = platform.get("/v1/customers/" + c[0] + "/benefitComparison?lookBackPeriod=Last7Days&term=P1Y", shop.token)
        .json();
    assertDecimal("8.06", comparison, "costWithoutBenefit");
    assertNull(comparison.getValue("bestOption"), comparison::encode);
    for (JsonObject o : byKind(comparison).values()) {
      assertEquals(0, o.getJsonArray("reservations").size(), o::encode);
      assertNull(o.getValue("savingsPlan"), o::encode);
      assertOption(o, "0", "0", "0", "8.06", "8.06", "0", "0", "0");
    }
  }
}
