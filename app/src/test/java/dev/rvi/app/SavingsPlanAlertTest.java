package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * utilization.low for savings plans: a 0.1 USD/hour plan spent on one Standard_D2s_v5 in East US (0.0691 an hour at
 * the plan's rate) every hour is used 69.1 % (below a rule's 80 %), one spent on a VM in every hour at 0.05 an hour is
 * used 100 % (not told of).
 */
class SavingsPlanAlertTest {
  private static TestPlatform platform;
  private static Shop contoso;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static JsonObject buyPlan(String[] c, Object hourly) {
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", "DZH318Z09V6F:0001:DZH318Z0BLD3").put("quantity", 1)
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", c[1]))
        .put("purchaseCommitment", new JsonObject().put("amount", hourly).put("grain", "hourly").put("currency", "USD"));
    TestPlatform.Reply bought = contoso.buy(c[0], null, line);
    assertEquals(201, bought.status(), bought::toString);
    return platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items().get(0);
  }

  /** One Standard_D2s_v5 in East US in every hour from the plan's start to now. */
  private static void ingest(String[] c, JsonObject plan) {
    Instant from = Instant.parse(plan.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    Instant to = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
      items.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1").put("armSkuName", "Standard_D2s_v5")
          .put("armRegionName", "eastus").put("quantity", 1));
    }
    TestPlatform.Reply sent = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, sent.status(), sent::toString);
  }

  private static List<JsonObject> alerts(String customer) {
    return platform.get("/v1/events?type=utilization.low&customerId=" + customer, contoso.token).items();
  }

  @Test
  void aRuleTellsOfSavingsPlansUnderItsThreshold() throws Exception {
    String[] under = contoso.newCustomer("plan-alert-under.example", "US");
    String[] full = contoso.newCustomer("plan-alert-full.example", "US");
    JsonObject underPlan = buyPlan(under, 0.1);
    JsonObject fullPlan = buyPlan(full, 0.05);
    platform.moveClockBy(Duration.ofDays(3));
    ingest(under, underPlan);
    ingest(full, fullPlan);

    TestPlatform.Reply created = platform.post("/v1/alertRules", contoso.token, new JsonObject().put("type", "utilization.low")
        .put("thresholdPercent", 80).put("window", "P7D").put("frequency", "daily").put("customerIds", List.of(under[0], full[0])).encode());
    assertEquals(201, created.status(), created::toString);
    platform.moveClockBy(Duration.ofMinutes(1));
    Eventually.await(() -> alerts(under[0]).size() == 1, "the plan under the threshold is told of");
    JsonObject data = alerts(under[0]).get(0).getJsonObject("data");
    assertEquals("SavingsPlan", data.getString("benefitType"));
    assertEquals(underPlan.getString("id"), data.getString("savingsPlanId"));
    assertEquals(underPlan.getString("savingsPlanOrderId"), data.getString("savingsPlanOrderId"));
    BigDecimal average = new BigDecimal(data.getValue("averageUtilizationPercent").toString());
    assertTrue(average.compareTo(new BigDecimal("60")) > 0 && average.compareTo(new BigDecimal("69.1")) <= 0, data::encode);
    assertTrue(alerts(full[0]).isEmpty(), "the fully used plan is not told of");
  }
}
