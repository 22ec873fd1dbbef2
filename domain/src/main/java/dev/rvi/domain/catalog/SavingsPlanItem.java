package dev.rvi.domain.catalog;

import dev.rvi.domain.pricing.TierPrices;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the catalog says about a savings plan for compute in one market: its ids, term, the market's currency, and the
 * hourly commitment a purchase may name (at least {@code minimumHourlyCommitment}, in steps of {@code commitmentStep}).
 * When asked with the tiers a purchase goes through, {@code tierPercents} holds each tier's markup from the price lists
 * in force (0 where a tier's list has no rule for it); null when no tier has a list in force.
 */
public record SavingsPlanItem(String catalogItemId, String productId, String skuId, String availabilityId, Term term,
                              String currencyCode, BigDecimal minimumHourlyCommitment, BigDecimal commitmentStep, boolean purchasable,
                              String country, List<BigDecimal> tierPercents) {

  public SavingsPlanItem(String catalogItemId, String productId, String skuId, String availabilityId, Term term, String currencyCode,
                         BigDecimal minimumHourlyCommitment, BigDecimal commitmentStep, boolean purchasable, String country) {
    this(catalogItemId, productId, skuId, availabilityId, term, currencyCode, minimumHourlyCommitment, commitmentStep, purchasable,
        country, null);
  }

  public String friendlyName() {
    return "Compute savings plan, " + (term.years() == 1 ? "1 Year" : term.years() + " Years");
  }

  public SavingsPlanItem withTierPercents(List<BigDecimal> percents) {
    return new SavingsPlanItem(catalogItemId, productId, skuId, availabilityId, term, currencyCode, minimumHourlyCommitment,
        commitmentStep, purchasable, country, percents);
  }

  /** The plan's total at each tier for Microsoft's total; null when no tier has a list in force. */
  public List<BigDecimal> tierTotals(BigDecimal microsoftTotal) {
    return tierPercents == null ? null : TierPrices.commitment(microsoftTotal, tierPercents, currencyCode);
  }
}
