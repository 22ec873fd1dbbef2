package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancel with a refund, numbers worked by hand: a USD 3,650 one-year reservation (365 days) of
 * Standard_D16s_v5 in East US (a price loaded for these tests). Each test makes its own customer and
 * moves the platform's clock forward from its own purchase.
 */
class RefundTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String oneYear;
  private static String threeYears;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    Instant start = platform.clock.instant().minus(Duration.ofDays(1));
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", start);
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "3 Years", "10950.00", start);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    oneYear = shop.item("Standard_D16s_v5", "eastus", "P1Y");
    threeYears = shop.item("Standard_D16s_v5", "eastus", "P3Y");
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
  void theRefundLimitLedgerShowsWhatIsCountedAndWhenItFreesUp() {
    String[] c = shop.newCustomer("refund-ledger.example", "US");
    String ledger = "/v1/customers/" + c[0] + "/refundLimit";
    JsonObject empty = platform.get(ledger, shop.token).json();
    assertMoney("50000", Shop.amount(empty, "maxRefundLimit"));
    assertMoney("0", Shop.amount(empty, "consumedRefundsTotal"));
    assertEquals(365, empty.getInteger("windowDays"));

    JsonObject reservation = shop.reservation(c[0], c[1], oneYear, 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(100).plusHours(1));
    JsonObject q = shop.calculateRefund(c[0], reservation, 1).json();
    Instant returnedAt = platform.clock.instant();
    assertEquals(200, shop.returnWith(c[0], reservation, 1, q.getString("sessionId")).status());

    // Counted: the value of the 265 days not used, 2,650.00 (before the fee); free again 365 days after the return.
    JsonObject counted = platform.get(ledger, shop.token).json();
    assertMoney("2650.00", Shop.amount(counted, "consumedRefundsTotal"));
    assertMoney("47350.00", Shop.amount(counted, "remaining"));
    JsonObject release = counted.getJsonArray("releases").getJsonObject(0);
    assertMoney("2650.00", new BigDecimal(release.getValue("amount").toString()));
    assertTrue(Duration.between(returnedAt.plus(Duration.ofDays(365)), Instant.parse(release.getString("date"))).abs().toMinutes() < 5,
        release::encode);
    // Another partner's ledger of this customer does not exist for it.
    assertRefused(platform.get(ledger, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);

    platform.moveClockBy(Duration.ofDays(366));
    assertMoney("0", Shop.amount(platform.get(ledger, shop.token).json(), "consumedRefundsTotal"));
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

  @Test
  void returnsAreRefusedClearly() {
    String[] c = shop.newCustomer("refund-b.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], oneYear, 1, "P1Y", "Shared");
    assertRefused(shop.calculateRefund(c[0], reservation, 2), 400);
    assertRefused(shop.calculateRefund(c[0], reservation, 0), 400);
    assertRefused(shop.returnWith(c[0], reservation, 1, "no-such-session"), 404);
    String session = shop.calculateRefund(c[0], reservation, 1).json().getString("sessionId");
    platform.moveClockBy(Duration.ofMinutes(11));
    assertRefused(shop.returnWith(c[0], reservation, 1, session), 400);
    String fresh = shop.calculateRefund(c[0], reservation, 1).json().getString("sessionId");
    assertRefused(shop.returnWith(c[0], reservation, 2, fresh), 400);
    assertEquals(200, shop.returnWith(c[0], reservation, 1, fresh).status());
    JsonObject cancelled = platform.get(Shop.path(c[0], reservation), shop.token).json();
    assertEquals(0, cancelled.getInteger("quantity"));
    assertEquals("Cancelled", cancelled.getString("displayProvisioningState"));
    assertRefused(shop.calculateRefund(c[0], reservation, 1), 409);
    // Another partner cannot quote on it, and billing admins cannot cancel.
    assertRefused(new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")).calculateRefund(c[0], reservation, 1), 404);
    assertRefused(new Shop(platform, platform.token(DemoData.CONTOSO.id(), "BillingAdmin")).calculateRefund(c[0], reservation, 1), 403);
  }

  @Test
  void concurrentReturnsNeverPassTheCapAndTheCapResetsAfter365Days() throws Exception {
    String[] c = shop.newCustomer("refund-cap.example", "US");
    JsonObject twenty = shop.reservation(c[0], c[1], oneYear, 20, "P1Y", "Shared");
    JsonObject longOne = shop.reservation(c[0], c[1], threeYears, 1, "P3Y", "Shared");
    platform.moveClockBy(Duration.ofDays(100).plusHours(1));

    // Twenty quotes of one instance each (2,650.00 counted apiece), all allowed when quoted...
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      TestPlatform.Reply quote = shop.calculateRefund(c[0], twenty, 1);
      assertEquals(0, quote.json().getJsonObject("policyResult").getJsonArray("policyErrors").size());
      sessions.add(quote.json().getString("sessionId"));
    }
    // ...then carried out at once: 18 x 2,650 = 47,700 fits under 50,000, a 19th would not.
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<TestPlatform.Reply>> calls = new ArrayList<>();
    for (String session : sessions) {
      calls.add(() -> shop.returnWith(c[0], twenty, 1, session));
    }
    int succeeded = 0;
    for (Future<TestPlatform.Reply> f : pool.invokeAll(calls)) {
      TestPlatform.Reply r = f.get(60, TimeUnit.SECONDS);
      if (r.status() == 200) {
        succeeded++;
      } else {
        JsonObject error = assertRefused(r, 400);
        assertTrue(error.getJsonArray("data").getString(0).startsWith("RefundLimitExceeded"), r::toString);
      }
    }
    pool.shutdown();
    assertEquals(18, succeeded);
    assertEquals(2, platform.get(Shop.path(c[0], twenty), shop.token).json().getInteger("quantity"));
    JsonObject capped = shop.calculateRefund(c[0], longOne, 1).json().getJsonObject("policyResult");
    assertMoney("47700.00", Shop.amount(capped, "consumedRefundsTotal"));
    assertEquals("RefundLimitExceeded", capped.getJsonArray("policyErrors").getJsonObject(0).getString("code"));

    // 365 days after those refunds their amounts are available again.
    platform.moveClockBy(Duration.ofDays(365).plusHours(1));
    TestPlatform.Reply reset = shop.calculateRefund(c[0], longOne, 1);
    assertMoney("0", Shop.amount(reset.json().getJsonObject("policyResult"), "consumedRefundsTotal"));
    assertEquals(200, shop.returnWith(c[0], longOne, 1, reset.json().getString("sessionId")).status());
  }
}
