package dev.rvi.domain.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The rates a {@link SavingsPlanRateQuery} asked for: per size sold pay-as-you-go in a region, its PAYG hourly rate and
 * the savings plan's hourly rate for the term (null where the plan does not cover the size), in {@code currencyCode}.
 */
public record SavingsPlanRates(String currencyCode, Term term, Instant at, List<Rate> rates) {

  public record Rate(String armRegionName, String armSkuName, BigDecimal paygHourly, BigDecimal savingsPlanHourly) {}
}
