package dev.rvi.domain.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The pay-as-you-go and savings-plan hourly rates of VM sizes in a market's currency, for one term, at a moment (null:
 * now). At least one region or size is named; both named, a rate must match both. Sizes in any case.
 */
public record SavingsPlanRateQuery(String country, List<String> armRegionNames, List<String> armSkuNames, Term term, Instant at) {

  public SavingsPlanRateQuery {
    armRegionNames = armRegionNames == null ? List.of() : List.copyOf(armRegionNames);
    armSkuNames = armSkuNames == null ? List.of() : List.copyOf(armSkuNames);
  }
}
