package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure's cancellation policy, pure: daily proration of the days not used; within the grace period a
 * reservation without usage is refunded whole and one with usage is prorated, both without fee; after
 * it the prorated value less the early termination fee. The cancelled commitment counts against a
 * per-customer cap over a rolling window; an exchange refunds the prorated value without fee and does
 * not count.
 *
 * <p>Days used are the whole days since the effective date (a reservation returned 100 days and a few
 * hours after purchase has used 100 days). Amounts are rounded to cents, half up, once each.
 */
public final class RefundPolicy {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final RefundPolicyConfig config;

  public RefundPolicy(RefundPolicyConfig config) {
    this.config = config;
  }

  public RefundPolicyConfig config() {
    return config;
  }

  /**
   * @param unitPrice      upfront price of one instance for the whole term
   * @param quantity       instances returned
   * @param consumed       what this customer's refunds counted against the cap inside the window, in USD
   * @param currency       the reservation's currency (the cap is in USD)
   */
  public RefundQuote quote(BigDecimal unitPrice, int quantity, Instant effective, Instant expiry, Instant now, boolean usedSoFar,
                           BigDecimal consumed, String currency) {
    BigDecimal value = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    int daysTotal = (int) Duration.between(effective, expiry).toDays();
    int daysUsed = (int) Math.min(daysTotal, Math.max(0, Duration.between(effective, now).toDays()));
    BigDecimal remaining = prorated(value, daysTotal, daysUsed);
    boolean inGrace = Duration.between(effective, now).compareTo(config.gracePeriod()) < 0;
    BigDecimal credit = inGrace && !usedSoFar ? value : remaining;
    BigDecimal fee = inGrace ? BigDecimal.ZERO.setScale(2) : cents(remaining.multiply(config.feePercent()).divide(HUNDRED));
    BigDecimal refund = credit.subtract(fee);
    List<RefundQuote.PolicyError> errors = new ArrayList<>();
    if (!now.isBefore(expiry)) {
      errors.add(new RefundQuote.PolicyError("ReservationExpired", "the reservation has expired; nothing is left to refund"));
    }
    if (!"USD".equals(currency)) {
      errors.add(new RefundQuote.PolicyError("CurrencyNotSupported", "the cap is counted in USD; this reservation is in " + currency));
    }
    BigDecimal consumedCents = cents(consumed);
    if (consumedCents.add(credit).compareTo(config.capUsd()) > 0) {
      errors.add(new RefundQuote.PolicyError("RefundLimitExceeded", "this refund of " + credit + " USD would bring the customer's "
          + "cancellations in the last " + config.capWindow().toDays() + " days to " + consumedCents.add(credit) + " USD, over the limit of "
          + config.capUsd() + " USD; " + consumedCents + " USD are used"));
    }
    return new RefundQuote(value, daysTotal, daysUsed, remaining, credit, fee, refund, credit, consumedCents,
        cents(config.capUsd()), List.copyOf(errors));
  }

  /** The exchange value of returned instances: the prorated remaining value, no fee, not counted. */
  public BigDecimal exchangeValue(BigDecimal unitPrice, int quantity, Instant effective, Instant expiry, Instant now) {
    BigDecimal value = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    int daysTotal = (int) Duration.between(effective, expiry).toDays();
    int daysUsed = (int) Math.min(daysTotal, Math.max(0, Duration.between(effective, now).toDays()));
    return prorated(value, daysTotal, daysUsed);
  }

  private static BigDecimal prorated(BigDecimal value, int daysTotal, int daysUsed) {
    if (daysTotal <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return value.multiply(BigDecimal.valueOf(daysTotal - daysUsed)).divide(BigDecimal.valueOf(daysTotal), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
