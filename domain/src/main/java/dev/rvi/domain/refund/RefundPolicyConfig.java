package dev.rvi.domain.refund;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The numbers of Azure's cancellation policy, kept as configuration: the early termination fee (with the changes to it
 * announced for later days), the grace period in which an unused reservation is refunded whole, and the yearly cap per
 * customer, counted over a rolling window; and the policy's text as partners are shown it (null: written from the numbers).
 */
public record RefundPolicyConfig(BigDecimal feePercent, Duration gracePeriod, BigDecimal capUsd, Duration capWindow,
                                 List<FeeChange> feeChanges, String policyText) {

  public static final RefundPolicyConfig DEFAULT =
      new RefundPolicyConfig(new BigDecimal("12"), Duration.ofDays(5), new BigDecimal("50000"), Duration.ofDays(365));

  public RefundPolicyConfig {
    feeChanges = feeChanges == null ? List.of() : feeChanges.stream().sorted(Comparator.comparing(FeeChange::from)).toList();
  }

  public RefundPolicyConfig(BigDecimal feePercent, Duration gracePeriod, BigDecimal capUsd, Duration capWindow) {
    this(feePercent, gracePeriod, capUsd, capWindow, List.of(), null);
  }

  public RefundPolicyConfig withFeeChanges(List<FeeChange> changes, String text) {
    return new RefundPolicyConfig(feePercent, gracePeriod, capUsd, capWindow, changes, text);
  }

  /** The fee in force on the UTC day of {@code at}: the latest change from that day or before, else {@code feePercent}. */
  public BigDecimal feePercentOn(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    BigDecimal percent = feePercent;
    for (FeeChange change : feeChanges) {
      if (!change.from().isAfter(day)) {
        percent = change.percent();
      }
    }
    return percent;
  }

  /** The first change after the day of {@code at}, or null. */
  public FeeChange nextFeeChange(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return feeChanges.stream().filter(c -> c.from().isAfter(day)).findFirst().orElse(null);
  }

  /** The policy as partners read it on the day of {@code at}: the configured text, or one written from the numbers. */
  public String policyTextOn(Instant at) {
    if (policyText != null && !policyText.isBlank()) {
      return policyText;
    }
    long grace = gracePeriod.toDays();
    String fee = feePercentOn(at).stripTrailingZeros().toPlainString();
    StringBuilder text = new StringBuilder("Cancelled within " + grace + " days of purchase, a reservation not used yet is refunded in full "
        + "and one already used is refunded the prorated value of the days left, with no fee. After " + grace + " days, the prorated "
        + "value of the days left is refunded less an early termination fee of " + fee + " %. Cancellations count against a limit of USD "
        + capUsd.stripTrailingZeros().toPlainString() + " per customer over a rolling " + capWindow.toDays() + " days.");
    FeeChange next = nextFeeChange(at);
    if (next != null) {
      text.append(" From ").append(next.from()).append(" the fee is ").append(next.percent().stripTrailingZeros().toPlainString())
          .append(" %.");
    }
    return text.toString();
  }
}
