package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * The reservation overview reads a daily roll-up instead of running the benefit engine over 30 days: it must
 * agree with the engine (the daily utilization endpoint) after the first read, after new usage of a rolled-up
 * day, and after the reservations in force change (a partial refund), and a repeated read computes nothing.
 * A read right after an upload, before the background roll-up, must agree too.
 */
class OverviewRollupTest {
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

  private static JsonArray fullDay(LocalDate day, String... vms) {
    JsonArray items = new JsonArray();
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    for (int h = 0; h < 24; h++) {
      for (String vm : vms) {
        items.add(new JsonObject().put("usageStartTime", midnight.plus(Duration.ofHours(h)).toString()).put("resourceId", vm)
            .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
      }
    }
    return items;
  }

  /** Sends usage and waits until the background roll-up of the days it touched is done (so reads below race nothing). */
  private static void ingest(String[] c, JsonArray items) throws Exception {
    TestPlatform.Reply reply = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, reply.status(), reply::toString);
    String stale = "SELECT count(*) FROM usage.usage_day WHERE customer_id = '" + c[0] + "' "
        + "AND rolled_generation IS DISTINCT FROM generation";
    Eventually.await(() -> {
      try {
        return platform.number(stale) == 0;
      } catch (Exception e) {
        return false;
      }
    }, "the uploaded days rolled up in the background");
  }

  private static BigDecimal thirtyDays(JsonObject overview) {
    Object value = overview.getJsonArray("aggregates").getJsonObject(2).getValue("value");
    return value == null ? null : new BigDecimal(value.toString());
  }

  /** What the engine says over the same 30 days, day by day, summed as the overview sums them. */
  private static BigDecimal engineThirtyDays(String[] c, JsonObject reservation) {
    LocalDate today = LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC);
    List<JsonObject> days = platform.get(Shop.path(c[0], reservation) + "/utilization?from=" + today.minusDays(29) + "&to=" + today,
        shop.token).items();
    double reserved = 0;
    double used = 0;
    for (JsonObject d : days) {
      reserved += Double.parseDouble(d.getValue("reservedHours").toString());
      used += Double.parseDouble(d.getValue("usedHours").toString());
    }
    return reserved == 0 ? null : BigDecimal.valueOf(used / reserved * 100).setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void theRollUpAgreesWithTheEngineThroughIngestsAndRefunds() throws Exception {
    String[] c = shop.newCustomer("rollup.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    LocalDate bought = LocalDate.ofInstant(Instant.parse(reservation.getString("effectiveDateTime")), ZoneOffset.UTC);
    platform.moveClockBy(Duration.ofDays(3));
    ingest(c, fullDay(bought.plusDays(1), "vm-a"));

    JsonObject first = platform.get(Shop.path(c[0], reservation), shop.token).json().getJsonObject("utilization");
    BigDecimal engine = engineThirtyDays(c, reservation);
    assertTrue(engine.signum() > 0, "one VM of two reserved ran a whole day");
    assertEquals(0, engine.compareTo(thirtyDays(first)), first::toString);
    String rolled = "SELECT count(*) FROM usage.reservation_day WHERE customer_id = '" + c[0] + "'";
    assertTrue(platform.number(rolled) >= 3, "the days since the purchase are rolled up");

    // A repeated read recomputes nothing: the rows are not rewritten (their tuple ids stay).
    String versions = "SELECT sum(xmin::text::bigint) FROM usage.reservation_day WHERE customer_id = '" + c[0] + "'";
    long before = platform.number(versions);
    assertEquals(thirtyDays(first), thirtyDays(platform.get(Shop.path(c[0], reservation), shop.token).json().getJsonObject("utilization")));
    assertEquals(before, platform.number(versions), "a second read of an unchanged reservation runs no engine and writes nothing");

    // New usage of a day already rolled up: the day no longer holds, and the overview follows the engine.
    ingest(c, fullDay(bought.plusDays(2), "vm-a", "vm-b"));
    JsonObject second = platform.get(Shop.path(c[0], reservation), shop.token).json().getJsonObject("utilization");
    assertTrue(thirtyDays(second).compareTo(thirtyDays(first)) > 0, second::toString);
    assertEquals(0, engineThirtyDays(c, reservation).compareTo(thirtyDays(second)), second::toString);

    // The reservations in force change (one of the two returned): every day is computed again for one instance.
    String session = shop.calculateRefund(c[0], reservation, 1).json().getString("sessionId");
    assertEquals(200, shop.returnWith(c[0], reservation, 1, session).status());
    JsonObject third = platform.get(Shop.path(c[0], reservation), shop.token).json().getJsonObject("utilization");
    assertTrue(thirtyDays(third).compareTo(thirtyDays(second)) > 0, "one instance left: the same VMs use a larger share");
    assertEquals(0, engineThirtyDays(c, reservation).compareTo(thirtyDays(third)), third::toString);
  }

  @Test
  void aReadRightAfterAnUploadAgreesBeforeTheBackgroundRollUp() {
    String[] c = shop.newCustomer("rollup-race.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    LocalDate bought = LocalDate.ofInstant(Instant.parse(reservation.getString("effectiveDateTime")), ZoneOffset.UTC);
    platform.moveClockBy(Duration.ofDays(3));
    for (int i = 1; i <= 2; i++) {
      TestPlatform.Reply reply = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
          new JsonObject().put("items", fullDay(bought.plusDays(i), "vm-a")).encode());
      assertEquals(200, reply.status(), reply::toString);
      JsonObject overview = platform.get(Shop.path(c[0], reservation), shop.token).json().getJsonObject("utilization");
      assertEquals(0, engineThirtyDays(c, reservation).compareTo(thirtyDays(overview)), overview::toString);
    }
  }

  @Test
  void aReservationWithoutUsageShowsZeroAndOneBoughtThisHourShowsNothing() {
    String[] c = shop.newCustomer("rollup-idle.example", "US");
    JsonObject fresh = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    JsonObject now = platform.get(Shop.path(c[0], fresh), shop.token).json().getJsonObject("utilization");
    if (now != null) {
      assertNull(thirtyDays(now), "no whole hour in force yet: nothing to average");
    }
    platform.moveClockBy(Duration.ofDays(2));
    JsonObject idle = platform.get(Shop.path(c[0], fresh), shop.token).json().getJsonObject("utilization");
    assertEquals(0, BigDecimal.ZERO.compareTo(thirtyDays(idle)), idle::toString);
    assertEquals(0, engineThirtyDays(c, fresh).compareTo(thirtyDays(idle)), idle::toString);
  }
}
