package dev.rvi.domain.usage;

import java.util.List;

/** Each plan's 1-, 7- and 30-day averages up to now, as a plan's overview shows them, in the order asked. */
public record SavingsPlanOverviews(List<Item> plans) {

  /** One plan's averages. */
  public record Item(String savingsPlanId, List<UtilizationSummary.Aggregate> aggregates) {}
}
