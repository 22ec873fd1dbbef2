package dev.rvi.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A savings plan's total at each tier: the percent of each tier's rule on the tier below's total, half-even once per tier. */
class SavingsPlanTierTotalsTest {
  private static final PricedItem PLAN = new PricedItem("DZH318Z09V6F:0001:DZH318Z0BLD3", PricedItem.SAVINGS_PLAN, null, null, "P1Y");

  @Test
  void eachTierAddsItsPercentToTheTotalBelowRoundedOnce() {
    assertEquals(List.of(new BigDecimal("1131.35"), new BigDecimal("1301.05")),
        TierPrices.commitment(new BigDecimal("1077.48"), List.of(new BigDecimal("5"), new BigDecimal("15")), "USD"),
        "1,077.48 × 1.05 = 1,131.354 → 1,131.35; × 1.15 = 1,301.0525 → 1,301.05");
    assertEquals(List.of(new BigDecimal("1100")), TierPrices.commitment(new BigDecimal("1000"), List.of(new BigDecimal("10")), "JPY"));
  }

  @Test
  void aPlanTakesItsMostSpecificRuleAndNoFixedPrice() {
    PriceBook book = new PriceBook("l", "USD", List.of(new PriceRule(new BigDecimal("8"), null, null, null, null),
        new PriceRule(new BigDecimal("5"), PricedItem.SAVINGS_PLAN, null, null, null),
        new PriceRule(new BigDecimal("50"), PricedItem.RESERVATION, null, null, null)), List.of());
    assertEquals(new BigDecimal("5"), book.percentFor(PLAN));
    PriceBook none = new PriceBook("l", "USD", List.of(new PriceRule(new BigDecimal("50"), PricedItem.RESERVATION, null, null, null)), List.of());
    assertEquals(BigDecimal.ZERO, none.percentFor(PLAN), "no rule: the plan sells at cost");
  }
}
