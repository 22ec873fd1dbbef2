package dev.rvi.domain.benefit;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A savings plan for compute as the benefit engine sees it: where it applies (one subscription for Single scope, null
 * for Shared), the amount it commits to each hour in the billing currency, its term, and the hours it is in force, as
 * epoch hours [startHour, endHour).
 */
public record SavingsPlanSpec(String id, String subscriptionId, BigDecimal hourlyCommitment, Term term, long startHour, long endHour) {

  public SavingsPlanSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(term, "term");
    if (hourlyCommitment == null || hourlyCommitment.signum() <= 0) {
      throw new IllegalArgumentException("a savings plan commits a positive amount per hour: " + id);
    }
  }

  public boolean shared() {
    return subscriptionId == null;
  }
}
