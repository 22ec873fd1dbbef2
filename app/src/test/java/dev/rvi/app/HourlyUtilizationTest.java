package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Utilization hour by hour ({@code grain=hourly}) through HTTP, for a savings plan and a reservation, with hand-worked
 * hours. A Standard_D2s_v5 in East US costs 0.0691 USD an hour at the one-year plan's rate, so a plan committing
 * 0.691 an hour spends 0.3455 (50 %) on five of them and all of it on ten or more. Hours before a plan or reservation
 * is in force have no row; hours in force without usage are 0 %.
 */
class HourlyUtilizationTest {
  private static final String ONE_YEAR_PLAN = "DZH318Z09V6F:0001:DZH318Z0BLD3";
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

  /** {@code vms} D2s_v5 VMs running the whole hour. */
  private static void run(JsonArray items, Instant hour, int vms) {
    for (int v = 0; v < vms; v++) {
      items.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-" + v).put("armSkuName", "Standard_D2s_v5")
          .put("armRegionName", "eastus").put("quantity", 1));
    }
  }

  private static void ingest(String customer, String subscription, JsonArray items) {
    TestPlatform.Reply ingested = platform.post("/v1/customers/" + customer + "/subscriptions/" + subscription + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);
  }

  @Test
  void aSavingsPlanHourByHour() {
    String[] c = shop.newCustomer("plan-hours.example", "US");
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR_PLAN).put("quantity", 1).put("billingCycle", "one_time")
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", c[1]))
        .put("purchaseCommitment", new JsonObject().put("amount", 0.691).put("grain", "hourly").put("currency", "usd"));
    assertEquals(201, shop.buy(c[0], null, line).status());
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().get(0);
    Instant start = Instant.parse(plan.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS);
    platform.moveClockBy(Duration.ofDays(1));
    JsonArray items = new JsonArray();
    run(items, start.minus(Duration.ofHours(2)), 5);
    run(items, start.plus(Duration.ofHours(1)), 5);
    run(items, start.plus(Duration.ofHours(2)), 12);
    ingest(c[0], c[1], items);

    String path = "/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id") + "/utilization?grain=hourly";
    List<JsonObject> hours = platform.get(path + "&from=" + start.minus(Duration.ofHours(3)) + "&to=" + start.plus(Duration.ofHours(4)),
        shop.token).items();
    assertEquals(4, hours.size(), "before its start the plan has no hours: " + hours);
    String[][] expected = {{"0", "0.00"}, {"0.3455", "50.00"}, {"0.691", "100.00"}, {"0", "0.00"}};
    for (int h = 0; h < 4; h++) {
      JsonObject hour = hours.get(h);
      assertEquals(start.plus(Duration.ofHours(h)).toString(), hour.getString("usageDate"));
      assertEquals(plan.getString("id"), hour.getString("savingsPlanId"));
      assertEquals(plan.getString("savingsPlanOrderId"), hour.getString("savingsPlanOrderId"));
      assertEquals("SavingsPlan", hour.getString("kind"));
      assertEquals("SavingsPlan", hour.getString("benefitType"));
      assertEquals("USD", hour.getString("currencyCode"));
      assertDecimal("0.691", hour, "committedAmount");
      assertDecimal(expected[h][0], hour, "usedAmount");
      for (String field : List.of("utilizedPercentage", "minUtilizationPercentage", "avgUtilizationPercentage", "maxUtilizationPercentage")) {
        assertDecimal(expected[h][1], hour, field);
      }
    }
    // By default the last 24 whole hours: the clock moved a day from the purchase, so they begin at the plan's first hour.
    List<JsonObject> lastDay = platform.get(path, shop.token).items();
    assertEquals(24, lastDay.size(), lastDay::toString);
    assertEquals(hours, lastDay.subList(0, 4));
    // A date is its midnight UTC: from that midnight to the last whole hour, the plan's 24 hours so far.
    List<JsonObject> sinceMidnight = platform.get(path + "&from=" + start.atOffset(ZoneOffset.UTC).toLocalDate(), shop.token).items();
    assertEquals(24, sinceMidnight.size(), sinceMidnight::toString);
    assertEquals(hours, sinceMidnight.subList(0, 4));
    // The day of those hours, as Cost Management's daily summaries: the lowest, average and highest of its hours in force.
    LocalDate day = start.atOffset(ZoneOffset.UTC).toLocalDate();
    List<JsonObject> days = platform.get(path.replace("grain=hourly", "grain=daily") + "&from=" + day + "&to=" + day, shop.token).items();
    int inForce = 24 - start.atOffset(ZoneOffset.UTC).getHour();
    assertDecimal("0", days.get(0), "minUtilizationPercentage");
    assertDecimal("100", days.get(0), "maxUtilizationPercentage");
    assertDecimal(new BigDecimal(150).divide(BigDecimal.valueOf(inForce), 2, RoundingMode.HALF_UP).toPlainString(), days.get(0),
        "avgUtilizationPercentage");
    // to is exclusive.
    List<JsonObject> oneHour = platform.get(path + "&from=" + start.plus(Duration.ofHours(2)) + "&to=" + start.plus(Duration.ofHours(3)),
        shop.token).items();
    assertEquals(List.of(hours.get(2)), oneHour);

    assertRefused(platform.get(path.replace("grain=hourly", "grain=monthly"), shop.token), 400);
    assertRefused(platform.get(path + "&from=" + start.plus(Duration.ofMinutes(30)), shop.token), 400);
    assertRefused(platform.get(path + "&from=" + start + "&to=" + start.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)), shop.token), 400);
    assertRefused(platform.get(path + "&from=" + start + "&to=" + start, shop.token), 400);
    assertRefused(platform.get(path + "&from=yesterday", shop.token), 400);
    assertRefused(platform.get(path, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
  }

  @Test
  void aReservationHourByHour() {
    String[] c = shop.newCustomer("reservation-hours.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    Instant start = Instant.parse(reservation.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS);
    platform.moveClockBy(Duration.ofDays(1));
    JsonArray items = new JsonArray();
    run(items, start.minus(Duration.ofHours(2)), 2);
    run(items, start.plus(Duration.ofHours(1)), 1);
    run(items, start.plus(Duration.ofHours(2)), 3);
    ingest(c[0], c[1], items);

    String path = Shop.path(c[0], reservation) + "/utilization?grain=Hourly";
    List<JsonObject> hours = platform.get(path + "&from=" + start.minus(Duration.ofHours(3)) + "&to=" + start.plus(Duration.ofHours(4)),
        shop.token).items();
    assertEquals(4, hours.size(), "before its start the reservation has no hours: " + hours);
    String[][] expected = {{"0", "0.00"}, {"1", "50.00"}, {"2", "100.00"}, {"0", "0.00"}};
    for (int h = 0; h < 4; h++) {
      JsonObject hour = hours.get(h);
      assertEquals(start.plus(Duration.ofHours(h)).toString(), hour.getString("usageDate"));
      assertEquals(reservation.getString("id"), hour.getString("reservationId"));
      assertDecimal("2", hour, "reservedHours");
      assertDecimal(expected[h][0], hour, "usedHours");
      for (String field : List.of("utilizedPercentage", "minUtilizationPercentage", "avgUtilizationPercentage", "maxUtilizationPercentage")) {
        assertDecimal(expected[h][1], hour, field);
      }
    }
    assertRefused(platform.get(path + "&to=" + start.plus(Duration.ofSeconds(1)), shop.token), 400);
    assertRefused(platform.get(path + "&from=" + start.minus(Duration.ofDays(8)) + "&to=" + start, shop.token), 400);
    assertRefused(platform.get(path, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
  }
}
