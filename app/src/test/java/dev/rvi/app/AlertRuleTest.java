package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
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
 * Utilization alert rules: after usage is ingested, a rule looks at each reservation's average over its window when
 * the platform clock says it is due, and tells of those under the threshold, once per look.
 */
class AlertRuleTest {
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

  /** A VM of the reservation's size in every {@code everyNthHour}th hour from the reservation's start to now. */
  private static void ingest(String[] c, JsonObject reservation, int everyNthHour) {
    Instant from = Instant.parse(reservation.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS);
    Instant to = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    int n = 0;
    for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1)), n++) {
      if (n % everyNthHour == 0) {
        items.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1").put("armSkuName", "Standard_D2s_v5")
            .put("armRegionName", "eastus").put("quantity", 1));
      }
    }
    TestPlatform.Reply sent = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, sent.status(), sent::toString);
  }

  private static List<JsonObject> alerts(String token, String customer) {
    return platform.get("/v1/events?type=utilization.low&customerId=" + customer, token).items();
  }

  @Test
  void aRuleTellsOfReservationsUnderItsThresholdOncePerLook() throws Exception {
    String item = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
    String[] idle = contoso.newCustomer("alerts-idle.example", "US");
    String[] busy = contoso.newCustomer("alerts-busy.example", "US");
    JsonObject idleReservation = contoso.reservation(idle[0], idle[1], item, 1, "P1Y", "Shared");
    JsonObject busyReservation = contoso.reservation(busy[0], busy[1], item, 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(3));
    ingest(idle, idleReservation, 4);   // a quarter of the hours
    ingest(busy, busyReservation, 1);   // every hour

    String rules = "/v1/alertRules";
    for (String bad : List.of("{\"thresholdPercent\": 0}", "{\"thresholdPercent\": 150}", "{\"thresholdPercent\": 80, \"window\": \"P14D\"}",
        "{\"thresholdPercent\": 80, \"frequency\": \"hourly\"}", "{\"thresholdPercent\": 80, \"type\": \"refund.completed\"}",
        "{\"window\": \"P7D\"}", "{\"thresholdPercent\": \"eighty\"}")) {
      assertRefused(platform.post(rules, contoso.token, bad), 400);
    }
    assertRefused(platform.post(rules, platform.token(DemoData.CONTOSO.id(), "SalesAgent"), "{\"thresholdPercent\": 80}"), 403);
    TestPlatform.Reply created = platform.post(rules, contoso.token, new JsonObject().put("type", "utilization.low").put("thresholdPercent", 80)
        .put("window", "P7D").put("frequency", "daily").put("customerIds", List.of(idle[0], busy[0])).encode());
    assertEquals(201, created.status(), created::toString);
    String rule = created.json().getString("id");
    assertEquals("P7D", created.json().getString("window"));
    assertEquals(0, new BigDecimal("80").compareTo(new BigDecimal(created.json().getValue("thresholdPercent").toString())));

    assertTrue(alerts(contoso.token, idle[0]).isEmpty(), "nothing before the rule's first look");
    platform.moveClockBy(Duration.ofMinutes(1));
    Eventually.await(() -> alerts(contoso.token, idle[0]).size() == 1, "the idle reservation is told of");
    JsonObject data = alerts(contoso.token, idle[0]).get(0).getJsonObject("data");
    assertEquals(idleReservation.getString("id"), data.getString("reservationId"));
    assertEquals(rule, data.getString("alertRuleId"));
    BigDecimal average = new BigDecimal(data.getValue("averageUtilizationPercent").toString());
    assertTrue(average.compareTo(new BigDecimal("20")) > 0 && average.compareTo(new BigDecimal("30")) < 0, data::encode);
    assertTrue(alerts(contoso.token, busy[0]).isEmpty(), "the busy one is not");

    platform.moveClockBy(Duration.ofMinutes(1));
    Thread.sleep(1500);
    assertEquals(1, alerts(contoso.token, idle[0]).size(), "a daily rule looks once a day");
    JsonObject shown = platform.get(rules + "/" + rule, contoso.token).json();
    assertTrue(Instant.parse(shown.getString("nextEvaluationAt")).isAfter(platform.clock.instant()), shown::encode);

    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertTrue(alerts(fabrikam, idle[0]).isEmpty(), "another partner hears nothing of it");
    assertRefused(platform.get(rules + "/" + rule, fabrikam), 404);
    assertRefused(platform.delete(rules + "/" + rule, fabrikam), 404);
    assertTrue(platform.get(rules, fabrikam).items().isEmpty());

    platform.moveClockBy(Duration.ofDays(1));
    Eventually.await(() -> alerts(contoso.token, idle[0]).size() == 2, "the next day's look tells again");
    assertEquals(1, platform.get(rules, contoso.token).items().size());
    assertEquals(204, platform.delete(rules + "/" + rule, contoso.token).status());
    assertRefused(platform.get(rules + "/" + rule, contoso.token), 404);
  }
}
