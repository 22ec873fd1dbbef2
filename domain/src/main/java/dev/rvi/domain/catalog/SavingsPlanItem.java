package dev.rvi.domain.catalog;

import java.math.BigDecimal;

/**
 * What the catalog says about a savings plan for compute in one market: its ids, term, the market's currency, and the
 * hourly commitment a purchase may name (at least {@code minimumHourlyCommitment}, in steps of {@code commitmentStep}).
 */
public record SavingsPlanItem(String catalogItemId, String productId, String skuId, String availabilityId, Term term,
                              String currencyCode, BigDecimal minimumHourlyCommitment, BigDecimal commitmentStep, boolean purchasable,
                              String country) {

  public String friendlyName() {
    return "Compute savings plan, " + (term.years() == 1 ? "1 Year" : term.years() + " Years");
  }
}
