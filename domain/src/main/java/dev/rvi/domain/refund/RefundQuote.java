package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.util.List;

/**
 * What cancelling part of a reservation gives back. {@code remainingValue} is the prorated value of
 * the days not used; {@code credit} is what is refunded before the fee (all of the price within the
 * grace period without usage); {@code fee} the early termination fee; {@code refund} = credit − fee.
 * {@code countedAgainstCap} is the cancelled commitment (the credit before any fee).
 */
public record RefundQuote(BigDecimal purchaseValue, int daysTotal, int daysUsed, BigDecimal remainingValue, BigDecimal credit,
                          BigDecimal fee, BigDecimal refund, BigDecimal countedAgainstCap, BigDecimal consumedRefundsTotal,
                          BigDecimal maxRefundLimit, List<PolicyError> policyErrors) {

  public record PolicyError(String code, String description) {}

  public boolean allowed() {
    return policyErrors.isEmpty();
  }
}
