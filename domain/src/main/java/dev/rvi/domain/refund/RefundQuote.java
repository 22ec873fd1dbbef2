package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What cancelling part of a reservation gives back. {@code remainingValue} is the prorated value of
 * the days not used; {@code credit} is what is refunded before the fee (all of the price within the
 * grace period without usage); {@code fee} the early termination fee; {@code refund} = credit − fee.
 * {@code countedAgainstCap} is the cancelled commitment (the credit before any fee). For a monthly reservation
 * {@code paidSoFar} is what its payments due by now came to, the credit is what of that was not used (all of it
 * within the grace period without usage), and {@code cancelledPayments} are the payments still to come, which are
 * cancelled and count against the cap with the credit; upfront, all was paid and nothing is still to come.
 */
public record RefundQuote(BigDecimal purchaseValue, int daysTotal, int daysUsed, BigDecimal remainingValue, BigDecimal credit,
                          BigDecimal fee, BigDecimal refund, BigDecimal countedAgainstCap, BigDecimal consumedRefundsTotal,
                          BigDecimal maxRefundLimit, List<PolicyError> policyErrors, BigDecimal paidSoFar,
                          List<Payment> cancelledPayments) {
  /** A payment still to come: when it falls due and the returned instances' share of it. */
  public record Payment(Instant due, BigDecimal amount) {}

  public BigDecimal cancelledFuturePayments() {
    return cancelledPayments.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }


  public record PolicyError(String code, String description) {}

  public boolean allowed() {
    return policyErrors.isEmpty();
  }
}
