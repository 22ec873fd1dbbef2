package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Savings-plan recommendations through HTTP, with the sample sheet's rates. Numbers by hand: one Standard_D2s_v5 in East
 * US every hour of the last week, 0.096 USD an hour pay-as-you-go, 0.0691 at the one-year plan's rate: 168 × 0.096 =
 * 16.128 without a benefit; the best of the ten candidates is the largest, 0.069 an hour, which pays for 0.998552 of
 * each hour: 11.592 committed, all spent, 0.023353344 left at pay-as-you-go, 4.512646656 saved (27.98 %).
 */
class SavingsPlanRecommendationTest {
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

  @Test
  void aSteadyVmIsAdvisedAlmostItsHourAtThePlansRate() {
    String[] c = shop.newCustomer("plan-advice.example", "US");
    Instant now = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 168; h > 0; h--) {
      items.add(new JsonObject().put("usageStartTime", now.minus(Duration.ofHours(h)).toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    TestPlatform.Reply ingested = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);

    String path = "/v1/customers/" + c[0] + "/savingsPlanRecommendations";
    List<JsonObject> week = platform.get(path + "?lookBackPeriod=Last7Days&term=P1Y&scope=Shared", shop.token).items();
    assertEquals(1, week.size(), week::toString);
    assertEquals("SavingsPlan", week.get(0).getString("kind"));
    JsonObject p = week.get(0).getJsonObject("properties");
    assertEquals("Last7Days", p.getString("lookBackPeriod"));
    assertEquals("P1Y", p.getString("term"));
    assertEquals("Shared", p.getString("scope"));
    assertEquals("Hourly", p.getString("commitmentGranularity"));
    assertEquals("USD", p.getString("currencyCode"));
    assertEquals("Compute_Savings_Plan", p.getString("armSkuName"));
    assertEquals(168, p.getInteger("totalHours"));
    assertDecimal("16.13", p, "costWithoutBenefit");
    JsonObject best = p.getJsonObject("recommendationDetails");
    assertDecimal("0.069", best, "commitmentAmount");
    assertDecimal("11.59", best, "benefitCost");
    assertDecimal("0.02", best, "overageCost");
    assertDecimal("11.62", best, "totalCost");
    assertDecimal("4.51", best, "savingsAmount");
    assertDecimal("27.98", best, "savingsPercentage");
    assertDecimal("99.86", best, "coveragePercentage");
    assertDecimal("100", best, "averageUtilizationPercentage");
    assertDecimal("0", best, "wastageCost");
    assertEquals(9, p.getJsonObject("allRecommendationDetails").getJsonArray("value").size(), p::encode);

    // Azure's defaults: the last 60 days, a 3-year plan, Shared. A week of use in 60 days is 168 of 1,440 hours: even the
    // 3-year rate (0.0528 against 0.096) loses more in the idle hours than it saves, so no plan is recommended (Cost
    // Management recommends none when none saves), while over the last week a 3-year plan is.
    assertEquals(List.of(), platform.get(path, shop.token).items());
    JsonObject threeYears = platform.get(path + "?lookBackPeriod=Last7Days", shop.token).items().get(0).getJsonObject("properties");
    assertEquals("P3Y", threeYears.getString("term"));
    assertEquals("Shared", threeYears.getString("scope"));
    assertEquals(168, threeYears.getInteger("totalHours"));
    assertDecimal("16.13", threeYears, "costWithoutBenefit");

    List<JsonObject> single = platform.get(path + "?scope=Single&lookBackPeriod=Last7Days&term=P1Y", shop.token).items();
    assertEquals(1, single.size(), single::toString);
    assertEquals(c[1], single.get(0).getJsonObject("properties").getString("subscriptionId"));

    assertRefused(platform.get(path + "?lookBackPeriod=Last9Days", shop.token), 400);
    assertRefused(platform.get(path, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
  }
}
