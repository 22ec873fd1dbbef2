package dev.rvi.order.usage;

import java.math.BigDecimal;
import java.util.List;

/** What the overview's utilization shows that an alert reads: the average over each window (grain in days). */
record UtilizationSummary(List<Aggregate> aggregates) {

  record Aggregate(int grain, BigDecimal value) {}

  /** The average over the last {@code days}, null when the usage service cannot say. */
  BigDecimal average(int days) {
    return aggregates == null ? null
        : aggregates.stream().filter(a -> a.grain() == days && a.value() != null).map(Aggregate::value).findFirst().orElse(null);
  }
}
