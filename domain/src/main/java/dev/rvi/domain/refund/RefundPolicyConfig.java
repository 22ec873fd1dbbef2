package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The numbers of Azure's cancellation policy, kept as configuration: the early termination fee, the
 * grace period in which an unused reservation is refunded whole, and the yearly cap per customer,
 * counted over a rolling window.
 */
public record RefundPolicyConfig(BigDecimal feePercent, Duration gracePeriod, BigDecimal capUsd, Duration capWindow) {

  public static final RefundPolicyConfig DEFAULT =
      new RefundPolicyConfig(new BigDecimal("12"), Duration.ofDays(5), new BigDecimal("50000"), Duration.ofDays(365));
}
