package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A savings plan's utilization through HTTP, with the sample sheet's rates. Numbers by hand: one Standard_D2s_v5 in East
 * US running all day costs 0.0691 USD an hour at the one-year plan's rate; a plan committing 0.1 an hour spends 0.0691
 * of it each hour, 69.10 %, 24 x 0.0691 = 1.6584 of 2.4 a day.
 */
class SavingsPlanUtilizationTest {
  private static final String ONE_YEAR = "DZH318Z09V6F:0001:DZH318Z0BLD3";
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

  private static BigDecimal dec(JsonObject json, String field) {
    return new BigDecimal(json.getValue(field).toString());
  }

  private static void assertDecimal(String expected, JsonObject json, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(dec(json, field)), () -> field + " of " + json.encode());
  }

  @Test
  void aPlansDailyUtilizationAndItsOverviewAverages() {
    String[] c = shop.newCustomer("plan-usage.example", "US");
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR).put("quantity", 1).put("billingCycle", "one_time")
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", c[1]))
        .put("purchaseCommitment", new JsonObject().put("amount", 0.1).put("grain", "hourly").put("currency", "usd"));
    TestPlatform.Reply bought = shop.buy(c[0], null, line);
    assertEquals(201, bought.status(), bought::toString);
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().get(0);
    String path = "/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id");
    JsonObject before = platform.get(path, shop.token).json().getJsonObject("utilization");
    assertEquals(3, before.getJsonArray("aggregates").size(), before::encode);

    platform.moveClockBy(Duration.ofDays(2));
    LocalDate effective = LocalDate.ofInstant(Instant.parse(plan.getString("effectiveDateTime")), ZoneOffset.UTC);
    LocalDate day = effective.plusDays(1);
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24; h++) {
      items.add(new JsonObject().put("usageStartTime", midnight.plus(Duration.ofHours(h)).toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    TestPlatform.Reply ingested = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);

    List<JsonObject> days = platform.get(path + "/utilization?grain=daily&from=" + day + "&to=" + day, shop.token).items();
    assertEquals(1, days.size(), days::toString);
    JsonObject d = days.get(0);
    assertEquals(day.toString(), d.getString("usageDate"));
    assertEquals(plan.getString("id"), d.getString("savingsPlanId"));
    assertEquals("SavingsPlan", d.getString("kind"));
    assertEquals("USD", d.getString("currencyCode"));
    assertDecimal("2.4", d, "committedAmount");
    assertDecimal("1.6584", d, "usedAmount");
    assertDecimal("69.10", d, "utilizedPercentage");

    // The overview's 7- and 30-day averages: everything the plan spent over everything it committed since it started.
    List<JsonObject> all = platform.get(path + "/utilization?from=" + effective, shop.token).items();
    BigDecimal committed = all.stream().map(x -> dec(x, "committedAmount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal used = all.stream().map(x -> dec(x, "usedAmount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal expected = used.multiply(BigDecimal.valueOf(100)).divide(committed, 2, RoundingMode.HALF_UP);
    JsonObject utilization = platform.get(path, shop.token).json().getJsonObject("utilization");
    JsonArray aggregates = utilization.getJsonArray("aggregates");
    assertEquals(3, aggregates.size(), utilization::encode);
    for (int i = 0; i < 3; i++) {
      JsonObject a = aggregates.getJsonObject(i);
      assertEquals(List.of(1, 7, 30).get(i), a.getInteger("grain"), a::encode);
      assertEquals("days", a.getString("grainUnit"));
      assertEquals("percentage", a.getString("valueUnit"));
    }
    for (int i = 1; i < 3; i++) {
      JsonObject a = aggregates.getJsonObject(i);
      assertEquals(0, expected.compareTo(dec(a, "value")), () -> "expected " + expected + ": " + a.encode());
    }
    assertTrue(expected.signum() > 0 && expected.compareTo(new BigDecimal("69.10")) < 0, expected::toString);

    String other = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.get(path + "/utilization", other), 404);
    assertRefused(platform.get(path + "/utilization?grain=monthly", shop.token), 400);
    assertRefused(platform.get(path + "/utilization?from=2027-05-01&to=2027-01-01", shop.token), 400);
  }
}
