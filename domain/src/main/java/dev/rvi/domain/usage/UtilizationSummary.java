package dev.rvi.domain.usage;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reservation's utilization as its overview shows it: the trend of the last week against the one before
 * (UP, DOWN, SAME, or null without two weeks to compare) and the 1-, 7- and 30-day averages.
 */
public record UtilizationSummary(String trend, List<Aggregate> aggregates) {

  /** The average over {@code grain} days, in percent; null when the reservation was not in force then. */
  public record Aggregate(int grain, String grainUnit, BigDecimal value, String valueUnit) {}
}
