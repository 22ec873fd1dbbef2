package dev.rvi.domain.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cancellation policy with numbers worked by hand. */
class RefundPolicyTest {
  private static final RefundPolicy POLICY = new RefundPolicy(RefundPolicyConfig.DEFAULT);
  private static final Instant BOUGHT = Instant.parse("2026-01-10T12:00:00Z");
  private static final Instant EXPIRY = Instant.parse("2027-01-10T12:00:00Z"); // 365 days
  private static final BigDecimal PRICE = new BigDecimal("3650.00");

  private static Instant day(int days) {
    return BOUGHT.plus(Duration.ofDays(days)).plusSeconds(3600);
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected), actual);
  }

  @Test
  void returnedOnDay100AfterTheGracePeriod() {
    RefundQuote q = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, day(100), true, BigDecimal.ZERO, "USD");
    assertEquals(365, q.daysTotal());
    assertEquals(100, q.daysUsed());
    // 3,650 x 265 / 365 = 2,650.00 remaining; 12 % fee = 318.00; refund 2,332.00
    assertMoney("2650.00", q.remainingValue());
    assertMoney("2650.00", q.credit());
    assertMoney("318.00", q.fee());
    assertMoney("2332.00", q.refund());
    assertMoney("2650.00", q.countedAgainstCap());
    assertTrue(q.allowed());
  }

  @Test
  void withinFiveDaysWithoutUsageEverythingComesBack() {
    RefundQuote q = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, day(3), false, BigDecimal.ZERO, "USD");
    assertMoney("3650.00", q.refund());
    assertMoney("0.00", q.fee());
    assertMoney("3650.00", q.countedAgainstCap());
  }

  @Test
  void withinFiveDaysWithUsageItIsProratedWithoutFee() {
    RefundQuote q = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, day(3), true, BigDecimal.ZERO, "USD");
    // 3,650 x 362 / 365 = 3,620.00
    assertMoney("3620.00", q.refund());
    assertMoney("0.00", q.fee());
  }

  @Test
  void theFeeStartsWhenFiveWholeDaysHavePassed() {
    RefundQuote justInside = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, BOUGHT.plus(Duration.ofDays(5)).minusSeconds(1), false,
        BigDecimal.ZERO, "USD");
    assertMoney("3650.00", justInside.refund());
    RefundQuote after = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, BOUGHT.plus(Duration.ofDays(5)), false, BigDecimal.ZERO, "USD");
    // 3,650 x 360 / 365 = 3,600.00; fee 432.00; refund 3,168.00
    assertMoney("3600.00", after.remainingValue());
    assertMoney("432.00", after.fee());
    assertMoney("3168.00", after.refund());
  }

  @Test
  void partialQuantitiesAreProratedPerInstance() {
    RefundQuote q = POLICY.quote(new BigDecimal("496.17"), 2, BOUGHT, EXPIRY, day(73), true, BigDecimal.ZERO, "USD");
    // 992.34 x 292 / 365 = 793.872 -> 793.87; fee 12 % = 95.2644 -> 95.26; refund 698.61
    assertMoney("992.34", q.purchaseValue());
    assertMoney("793.87", q.remainingValue());
    assertMoney("95.26", q.fee());
    assertMoney("698.61", q.refund());
  }

  @Test
  void theCapCountsTheCancelledCommitment() {
    RefundQuote atTheEdge = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, day(100), true, new BigDecimal("47350.00"), "USD");
    assertTrue(atTheEdge.allowed(), "47,350 + 2,650 = 50,000 is within the cap");
    RefundQuote over = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, day(100), true, new BigDecimal("47350.01"), "USD");
    assertFalse(over.allowed());
    assertEquals("RefundLimitExceeded", over.policyErrors().get(0).code());
    assertMoney("47350.01", over.consumedRefundsTotal());
    assertMoney("50000.00", over.maxRefundLimit());
  }

  @Test
  void theNumbersAreConfiguration() {
    RefundPolicy lenient = new RefundPolicy(new RefundPolicyConfig(new BigDecimal("5"), Duration.ofDays(10), new BigDecimal("1000"),
        Duration.ofDays(365)));
    RefundQuote q = lenient.quote(PRICE, 1, BOUGHT, EXPIRY, day(8), false, BigDecimal.ZERO, "USD");
    assertMoney("3650.00", q.credit());
    assertFalse(q.allowed(), "over a cap of 1,000");
    RefundQuote late = lenient.quote(PRICE, 1, BOUGHT, EXPIRY, day(100), true, BigDecimal.ZERO, "USD");
    assertMoney("132.50", late.fee());
  }

  /** A change announced for a later day takes the fee from that day (UTC) on; the text says the fee of the day and the next. */
  @Test
  void aFeeChangeTakesEffectOnItsDay() {
    RefundPolicyConfig config = RefundPolicyConfig.DEFAULT.withFeeChanges(List.of(new FeeChange(LocalDate.of(2026, 6, 1), BigDecimal.ZERO),
        new FeeChange(LocalDate.of(2026, 4, 20), new BigDecimal("10"))), null);
    RefundPolicy policy = new RefundPolicy(config);
    // Day 100 is 2026-04-20: 10 % of 2,650.00 = 265.00; on day 99 still 12 % of 2,660.00; from June no fee.
    assertMoney("319.20", policy.quote(PRICE, 1, BOUGHT, EXPIRY, day(99), true, BigDecimal.ZERO, "USD").fee());
    assertEquals(new BigDecimal("12"), config.feePercentOn(Instant.parse("2026-04-19T23:59:59Z")));
    assertMoney("265.00", policy.quote(PRICE, 1, BOUGHT, EXPIRY, day(100), true, BigDecimal.ZERO, "USD").fee());
    assertMoney("0.00", policy.quote(PRICE, 1, BOUGHT, EXPIRY, day(150), true, BigDecimal.ZERO, "USD").fee());
    String text = config.policyTextOn(day(100));
    assertTrue(text.contains("early termination fee of 10 %") && text.contains("From 2026-06-01 the fee is 0 %"), text);
    assertEquals("Our own words.", config.withFeeChanges(config.feeChanges(), "Our own words.").policyTextOn(day(100)));
  }

  @Test
  void exchangesRefundTheProratedValueWithoutFee() {
    assertMoney("2650.00", POLICY.exchangeValue(PRICE, 1, BOUGHT, EXPIRY, day(100)));
  }

  @Test
  void nothingIsLeftAfterExpiry() {
    RefundQuote q = POLICY.quote(PRICE, 1, BOUGHT, EXPIRY, EXPIRY.plusSeconds(1), true, BigDecimal.ZERO, "USD");
    assertMoney("0.00", q.refund());
    assertEquals("ReservationExpired", q.policyErrors().get(0).code());
  }
}
