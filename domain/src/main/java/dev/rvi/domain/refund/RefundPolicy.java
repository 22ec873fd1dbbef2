package dev.rvi.domain.refund;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    return quote(unitPrice, quantity, effective, expiry, now, usedSoFar, consumed, currency, BillingPlan.Upfront, Term.P1Y);
  }

  /**
   * The same for a reservation of either billing plan. Monthly: of the payments due by now, what was not used is
   * credited (less the fee after the grace period); the payments still to come are cancelled; both count
   * against the cap, which makes the counted amount the same as for an upfront reservation.
   */
  public RefundQuote quote(BigDecimal unitPrice, int quantity, Instant effective, Instant expiry, Instant now, boolean usedSoFar,
                           BigDecimal consumed, String currency, BillingPlan plan, Term term) {
    BigDecimal value = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    int daysTotal = (int) Duration.between(effective, expiry).toDays();
    int daysUsed = (int) Math.min(daysTotal, Math.max(0, Duration.between(effective, now).toDays()));
    BigDecimal remaining = prorated(value, daysTotal, daysUsed);
    boolean inGrace = Duration.between(effective, now).compareTo(config.gracePeriod()) < 0;
    List<BigDecimal> schedule = plan.schedule(value, term);
    OffsetDateTime start = effective.atOffset(ZoneOffset.UTC);
    BigDecimal paid = BigDecimal.ZERO.setScale(2);
    List<RefundQuote.Payment> toCome = new ArrayList<>();
    for (int k = 0; k < schedule.size(); k++) {
      Instant due = start.plusMonths(k).toInstant();
      if (!due.isAfter(now)) {
        paid = paid.add(schedule.get(k));
      } else {
        toCome.add(new RefundQuote.Payment(due, schedule.get(k)));
      }
    }
    BigDecimal future = value.subtract(paid);
    BigDecimal credit = inGrace && !usedSoFar ? paid : remaining.subtract(future).max(BigDecimal.ZERO.setScale(2));
    BigDecimal fee = inGrace ? BigDecimal.ZERO.setScale(2) : cents(credit.multiply(config.feePercentOn(now)).divide(HUNDRED));
    BigDecimal refund = credit.subtract(fee);
    BigDecimal counted = credit.add(future);
    List<RefundQuote.PolicyError> errors = new ArrayList<>();
    if (!now.isBefore(expiry)) {
      errors.add(new RefundQuote.PolicyError("ReservationExpired", "the reservation has expired; nothing is left to refund"));
    }
    if (!"USD".equals(currency)) {
      errors.add(new RefundQuote.PolicyError("CurrencyNotSupported", "the cap is counted in USD; this reservation is in " + currency));
    }
    BigDecimal consumedCents = cents(consumed);
    if (consumedCents.add(counted).compareTo(config.capUsd()) > 0) {
      errors.add(new RefundQuote.PolicyError("RefundLimitExceeded", "this cancellation of " + counted + " USD would bring the customer's "
          + "cancellations in the last " + config.capWindow().toDays() + " days to " + consumedCents.add(counted) + " USD, over the limit of "
          + config.capUsd() + " USD; " + consumedCents + " USD are used"));
    }
    return new RefundQuote(value, daysTotal, daysUsed, remaining, credit, fee, refund, counted, consumedCents,
        cents(config.capUsd()), List.copyOf(errors), paid, List.copyOf(toCome));
  }

  /**
   * The same refund at a tier's own unit price: the days, the payments and the grace period are Microsoft's, so the
   * credit is prorated alike and the fee is the same percentage of it. Whether VMs used the reservation is read from
   * Microsoft's quote (in the grace period an unused reservation is credited what was paid; a used one what remains).
   */
  public RefundQuote atTierPrice(RefundQuote microsoft, BigDecimal tierUnitPrice, int quantity, Instant effective, Instant expiry,
                                 Instant now, String currency, BillingPlan plan, Term term) {
    boolean used = microsoft.credit().compareTo(microsoft.paidSoFar()) != 0;
    return quote(tierUnitPrice, quantity, effective, expiry, now, used, BigDecimal.ZERO, currency, plan, term);
  }

  /**
   * What an exchange credits for returned instances of either plan: the prorated value of the days not used, less
   * (monthly) the payments still to come, which are cancelled; no fee, not counted against the cap.
   */
  public RefundQuote exchange(BigDecimal unitPrice, int quantity, Instant effective, Instant expiry, Instant now, BillingPlan plan,
                              Term term) {
    return quote(unitPrice, quantity, effective, expiry, now, true, BigDecimal.ZERO, "USD", plan, term);
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
