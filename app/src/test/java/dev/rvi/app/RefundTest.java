package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancel with a refund end to end, numbers worked by hand: a USD 3,650 one-year reservation (365 days) of
 * Standard_D16s_v5 in East US (a price loaded for these tests), quoted and returned over HTTP, its revisions, and
 * usage sent to the usage service deciding the first days' refund. Each test makes its own customer and moves the
 * platform's clock forward from its own purchase. The policy's rules (proration, the fee, the grace period, the cap,
 * its window and thresholds, the refusals) are the order service's own tests (RefundRulesTest).
 */
class RefundTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String oneYear;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    Instant start = platform.clock.instant().minus(Duration.ofDays(1));
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", start);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    oneYear = shop.item("Standard_D16s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aFullRefundWithinFiveDaysThenProratedWithTheFeeOnDay100() {
    String[] c = shop.newCustomer("refund-a.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], oneYear, 3, "P1Y", "Shared");

    platform.moveClockBy(Duration.ofDays(3));
    JsonObject early = shop.calculateRefund(c[0], reservation, 1).json();
    assertMoney("3650.00", Shop.amount(early, "billingRefundAmount"));
    assertMoney("0.00", Shop.amount(early, "fee"));

    platform.moveClockBy(Duration.ofDays(97).plusHours(1));  // day 100
    TestPlatform.Reply quote = shop.calculateRefund(c[0], reservation, 1);
    assertEquals(200, quote.status(), quote::toString);
    JsonObject q = quote.json();
    // 3,650 x (365 - 100) / 365 = 2,650.00; fee 12 % = 318.00; refund 2,332.00
    assertEquals(100, q.getInteger("daysUsed"));
    assertMoney("2650.00", Shop.amount(q, "remainingValue"));
    assertMoney("318.00", Shop.amount(q, "fee"));
    assertMoney("2332.00", Shop.amount(q, "billingRefundAmount"));
    assertMoney("0", Shop.amount(q.getJsonObject("policyResult"), "consumedRefundsTotal"));
    assertMoney("50000", Shop.amount(q.getJsonObject("policyResult"), "maxRefundLimit"));
    assertEquals(0, q.getJsonObject("policyResult").getJsonArray("policyErrors").size());

    TestPlatform.Reply returned = shop.returnWith(c[0], reservation, 1, q.getString("sessionId"));
    assertEquals(200, returned.status(), returned::toString);
    assertEquals("Succeeded", returned.json().getString("status"));
    assertEquals(2, returned.json().getInteger("remainingQuantity"));
    TestPlatform.Reply again = shop.returnWith(c[0], reservation, 1, q.getString("sessionId"));
    assertEquals(returned.json().getString("id"), again.json().getString("id"), "a session is carried out once");
    JsonObject after = platform.get(Shop.path(c[0], reservation), shop.token).json();
    assertEquals(2, after.getInteger("quantity"), "partial quantities: one of three returned, once");

    JsonObject next = shop.calculateRefund(c[0], reservation, 2).json();
    assertMoney("2650.00", Shop.amount(next.getJsonObject("policyResult"), "consumedRefundsTotal"));
    TestPlatform.Reply revisions = platform.get(Shop.path(c[0], reservation) + "/revisions", shop.token);
    assertEquals(200, revisions.status(), revisions::toString);
    assertTrue(revisions.items().stream()
        .anyMatch(r -> r.getString("change").equals("return")));
  }

  @Test
  void withinFiveDaysWithUsageTheRefundIsProratedWithoutFee() {
    String[] c = shop.newCustomer("refund-usage.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], oneYear, 1, "P1Y", "Shared");
    Instant hour = Instant.parse(reservation.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS).plusSeconds(3600);
    String usage = "{\"items\":[{\"usageStartTime\":\"" + hour + "\",\"resourceId\":\"vm-1\",\"armSkuName\":\"Standard_D4s_v5\","
        + "\"armRegionName\":\"eastus\",\"quantity\":1}]}";
    platform.moveClockBy(Duration.ofDays(3));
    assertEquals(200, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token, usage).status());
    JsonObject q = shop.calculateRefund(c[0], reservation, 1).json();
    // A VM of the reservation's flexibility group ran: 3,650 x 362 / 365 = 3,620.00, no fee within 5 days.
    assertMoney("3620.00", Shop.amount(q, "billingRefundAmount"));
    assertMoney("0.00", Shop.amount(q, "fee"));
  }
}
