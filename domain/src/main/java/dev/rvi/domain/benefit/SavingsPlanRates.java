package dev.rvi.domain.benefit;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hourly prices savings plans are weighed with, per region and size and per term: what an hour of the size costs
 * pay-as-you-go and what it costs from a savings plan's commitment. A size and region without a rate is not eligible:
 * savings plans leave its usage at pay-as-you-go.
 */
public final class SavingsPlanRates {
  private final Map<String, Rate> rates = new HashMap<>();

  public SavingsPlanRates put(String armRegionName, String armSkuName, Term term, BigDecimal payAsYouGo, BigDecimal savingsPlan) {
    if (payAsYouGo.signum() <= 0 || savingsPlan.signum() <= 0) {
      throw new IllegalArgumentException("rates are positive: " + armRegionName + " " + armSkuName + " " + term);
    }
    rates.put(key(armRegionName, armSkuName, term), new Rate(payAsYouGo, savingsPlan));
    return this;
  }

  /** The rates of one size in one region for plans of the term; empty when savings plans do not cover it. */
  public Optional<Rate> rate(String armRegionName, String armSkuName, Term term) {
    return Optional.ofNullable(rates.get(key(armRegionName, armSkuName, term)));
  }

  private static String key(String armRegionName, String armSkuName, Term term) {
    return armRegionName.toLowerCase(Locale.ROOT) + "|" + armSkuName.toLowerCase(Locale.ROOT) + "|" + term;
  }

  /** One hour of the size, pay-as-you-go and at the savings plan's rate. */
  public record Rate(BigDecimal payAsYouGo, BigDecimal savingsPlan) {}
}
