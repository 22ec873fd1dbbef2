package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly billing plan on billing's invoices, numbers worked by hand on a USD 3,650 one-year Standard_D16s_v5
 * reservation: 12 payments of 304.16, the last one taking the rounding (304.24), each on its month's invoice; a refund
 * credits what was paid and not used and cancels the payments to come, so a later month's invoice nets out. The
 * schedules themselves, and what a refund, an exchange or a renewal does to them, are the order service's own tests
 * (MonthlyScheduleTest).
 */
class MonthlyBillingTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String billing;
  private static String oneYear;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    Instant start = platform.clock.instant().minus(Duration.ofDays(1));
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", start);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    oneYear = shop.item("Standard_D16s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), () -> "expected " + expected + " but was " + actual);
  }

  private static JsonObject monthly(String[] c, String item, String term) {
    return shop.monthlyReservation(c[0], c[1], item, 1, term);
  }

  /** This customer's lines on the invoice of the month of {@code at}, as billing shows them now. */
  private static List<JsonObject> invoiceLines(String customerId, Instant at) {
    YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
    TestPlatform.Reply lines = platform.get(String.format("/v1/invoices/OT-%04d%02d-USD/lineitems?provider=onetime&size=1000",
        month.getYear(), month.getMonthValue()), billing);
    return lines.status() != 200 ? List.of() : lines.items().stream().filter(l -> l.getString("customerId").equals(customerId)).toList();
  }

  /** The value of the days not used: price x (days - used) / days, to the cent. */
  private static BigDecimal unused(String price, int days, int used) {
    return new BigDecimal(price).multiply(BigDecimal.valueOf(days - used)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<JsonObject> lines) {
    return lines.stream().map(l -> new BigDecimal(l.getValue("subtotal").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void oneYearMonthlyPaysEachMonthAndARefundOnDay100CancelsWhatIsToCome() throws Exception {
    String[] c = shop.newCustomer("monthly-1y.example", "US");
    Instant bought = platform.clock.instant();
    JsonObject reservation = monthly(c, oneYear, "P1Y");
    assertEquals("Monthly", reservation.getString("billingPlan"));
    Eventually.await(() -> invoiceLines(c[0], bought).size() == 1, "the first payment is on this month's invoice");
    assertMoney("304.16", sum(invoiceLines(c[0], bought)));
    assertTrue(invoiceLines(c[0], bought.plus(Duration.ofDays(40))).isEmpty(), "the next payment is on no invoice before its day");

    platform.moveClockBy(Duration.ofDays(100).plusHours(1));
    JsonObject q = shop.calculateRefund(c[0], reservation, 1).json();
    // Paid: 4 payments (months 0 to 3) = 1,216.64; to come: 2,433.36. In a year of 365 days the value of the 265 not
    // used is 2,650.00; credit 2,650.00 - 2,433.36 = 216.64; fee 12 % = 26.00; refund 190.64; counted 2,650.00.
    // (Other tests of this class move the clock: a year with a 29 February has 366 days, and the same formulas apply.)
    int days = q.getInteger("daysTotal");
    BigDecimal unused = unused("3650.00", days, 100);
    BigDecimal credit = unused.subtract(new BigDecimal("2433.36"));
    BigDecimal fee = credit.multiply(new BigDecimal("0.12")).setScale(2, RoundingMode.HALF_UP);
    assertMoney("1216.64", Shop.amount(q, "paidSoFar"));
    assertMoney("2433.36", Shop.amount(q, "cancelledFuturePayments"));
    assertMoney(unused.toPlainString(), Shop.amount(q, "remainingValue"));
    assertMoney(credit.toPlainString(), Shop.amount(q, "credit"));
    assertMoney(fee.toPlainString(), Shop.amount(q, "fee"));
    assertMoney(credit.subtract(fee).toPlainString(), Shop.amount(q, "billingRefundAmount"));
    assertMoney(unused.toPlainString(), Shop.amount(q, "countedAgainstRefundLimit"));
    if (days == 365) {
      assertMoney("216.64", Shop.amount(q, "credit"));
      assertMoney("26.00", Shop.amount(q, "fee"));
      assertMoney("190.64", Shop.amount(q, "billingRefundAmount"));
    }
    assertEquals(200, shop.returnWith(c[0], reservation, 1, q.getString("sessionId")).status());
    assertMoney(unused.toPlainString(), Shop.amount(platform.get("/v1/customers/" + c[0] + "/refundLimit", shop.token).json(),
        "consumedRefundsTotal"));

    // The month of the refund: its payment and the refund credit; a later month: its payment and its cancellation, netting to 0.
    Instant returned = platform.clock.instant();
    List<JsonObject> thisMonth = invoiceLines(c[0], returned);
    BigDecimal refunded = credit.subtract(fee).negate();
    assertTrue(thisMonth.stream().anyMatch(l -> new BigDecimal(l.getValue("subtotal").toString()).compareTo(refunded) == 0),
        thisMonth::toString);
    platform.moveClockBy(Duration.ofDays(62));
    Instant sixthPayment = bought.atOffset(ZoneOffset.UTC).plusMonths(5).toInstant();
    Eventually.await(() -> invoiceLines(c[0], sixthPayment).size() >= 2, "a later month shows its payment and its cancellation");
    assertMoney("0", sum(invoiceLines(c[0], sixthPayment)));
  }

  @Test
  void anUnknownPlanIsRefusedAndUpfrontStaysOnePayment() throws Exception {
    String[] c = shop.newCustomer("monthly-refused.example", "US");
    assertRefused(shop.createCart(c[0], Shop.cart(null, Shop.line(0, oneYear, 1, "P1Y", c[1], "shared").put("billingPlan", "Yearly"))), 400);
    Instant bought = platform.clock.instant();
    JsonObject upfront = shop.reservation(c[0], c[1], oneYear, 1, "P1Y", "shared");
    assertEquals("Upfront", upfront.getString("billingPlan"));
    Eventually.await(() -> invoiceLines(c[0], bought).size() == 1, "the upfront charge is on this month's invoice");
    assertMoney("3650.00", sum(invoiceLines(c[0], bought)));
  }
}
