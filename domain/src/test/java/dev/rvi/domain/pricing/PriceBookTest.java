package dev.rvi.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rvi.domain.partner.PartnerType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier rule: a fixed price, else the most specific rule (the first on a tie), else the cost; rounded half-even once per tier. */
class PriceBookTest {
  private static final PricedItem D2_EAST = new PricedItem("A:B:C", PricedItem.RESERVATION, "Dsv5 Series", "eastus", "P1Y");

  private static PriceRule rule(String percent, String kind, String series, String region, String term) {
    return new PriceRule(new BigDecimal(percent), kind, series, region, term);
  }

  private static BigDecimal price(PriceBook book, String cost) {
    return book.price(D2_EAST, new BigDecimal(cost));
  }

  @Test
  void roundsHalfEvenToTheMinorUnitOnce() {
    PriceBook ten = new PriceBook("l", "USD", List.of(rule("10", null, null, null, null)), List.of());
    assertEquals(new BigDecimal("110.16"), price(ten, "100.15"), "110.165 → 110.16 (half-even, not half-up's 110.17)");
    assertEquals(new BigDecimal("110.28"), price(ten, "100.25"), "110.275 → 110.28");
    PriceBook yen = new PriceBook("l", "JPY", List.of(rule("10", null, null, null, null)), List.of());
    assertEquals(new BigDecimal("110"), price(yen, "100.45"), "yen have no minor unit: 110.495 → 110");
  }

  @Test
  void theMostSpecificRuleWinsAndTheFirstOnATie() {
    PriceRule all = rule("5", null, null, null, null);
    PriceRule region = rule("7", null, null, "eastus", null);
    PriceRule seriesRegion = rule("9", PricedItem.RESERVATION, "dsv5", "EastUS", null);
    PriceRule otherTerm = rule("50", PricedItem.RESERVATION, "Dsv5", "eastus", "P3Y");
    PriceBook book = new PriceBook("l", "USD", List.of(all, region, otherTerm, seriesRegion), List.of());
    assertEquals(seriesRegion, book.ruleFor(D2_EAST));
    assertEquals(new BigDecimal("109.00"), price(book, "100"));
    PriceBook tie = new PriceBook("l", "USD", List.of(rule("3", null, null, "eastus", null), rule("4", null, "Dsv5", null, null)), List.of());
    assertEquals(new BigDecimal("103.00"), price(tie, "100"), "equal specificity: the owner's order");
    PriceBook savingsOnly = new PriceBook("l", "USD", List.of(rule("20", PricedItem.SAVINGS_PLAN, null, null, null)), List.of());
    assertEquals(new BigDecimal("100.00"), price(savingsOnly, "100"), "no rule matches: the cost");
  }

  @Test
  void aFixedPriceWinsOverEveryRule() {
    PriceBook book = new PriceBook("l", "USD", List.of(rule("50", null, null, "eastus", null)),
        List.of(new FixedPrice("A:B:C", new BigDecimal("99.5"), "USD")));
    assertEquals(new BigDecimal("99.50"), price(book, "100"));
    assertNull(book.ruleFor(D2_EAST));
  }

  /** Each tier rounds its own price; a reseller's cost is its provider's price, never Microsoft's. */
  @Test
  void tiersChainAndEachSeesItsOwn() {
    PriceBook provider = new PriceBook("p", "USD", List.of(rule("8", null, null, null, null)), List.of());
    PriceBook reseller = new PriceBook("r", "USD", List.of(rule("15", null, null, null, null)), List.of());
    BigDecimal microsoft = new BigDecimal("2345.67");
    PricingTiers resellerTiers = new PricingTiers("r", PartnerType.indirectReseller, "p", "r", null);
    TierPrices seenByReseller = TierPrices.of(D2_EAST, microsoft, List.of(provider, reseller), resellerTiers.costLevel());
    assertEquals(new BigDecimal("2533.32"), seenByReseller.cost());
    assertEquals(new BigDecimal("2913.32"), seenByReseller.price());
    assertNull(seenByReseller.customerPrice());
    PricingTiers providerTiers = new PricingTiers("p", PartnerType.indirectProvider, null, "r", null);
    TierPrices seenByProvider = TierPrices.of(D2_EAST, microsoft, List.of(provider, reseller), providerTiers.costLevel());
    assertEquals(microsoft, seenByProvider.cost());
    assertEquals(new BigDecimal("2913.32"), seenByProvider.customerPrice());
    assertEquals(List.of(new Tier("p", "r"), new Tier("r", null)), providerTiers.tiers());
    // A tier without a list in force passes its cost on.
    TierPrices noProviderList = TierPrices.of(D2_EAST, microsoft, Arrays.asList(null, reseller), resellerTiers.costLevel());
    assertEquals(microsoft, noProviderList.cost());
  }
}
