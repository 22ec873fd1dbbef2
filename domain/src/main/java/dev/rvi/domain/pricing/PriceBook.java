package dev.rvi.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One price list made ready to price items: an item's fixed price if the list names it, else its cost with the most
 * specific matching rule's percent (the earlier rule on a tie), else the cost itself. The result is rounded once,
 * half-even to the currency's minor unit: this is the one rounding of the tier, on the unit price.
 */
public final class PriceBook {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A rule as the book applies it, made ready once: its series as a key and its factor, (100 + percent) / 100. */
  private record Ready(PriceRule rule, String seriesKey, BigDecimal factor) {}

  private final String listId;
  private final String currency;
  private final int minorDigits;
  private final List<Ready> rules;
  private final boolean anySeries;
  private final Map<String, BigDecimal> fixed = new HashMap<>();

  public PriceBook(String listId, String currency, List<PriceRule> rules, List<FixedPrice> fixedPrices) {
    this.listId = listId;
    this.currency = currency;
    this.minorDigits = minorDigits(currency);
    // Stable: rules of equal specificity keep the owner's order. Dividing by 100 is exact, so cost × factor is the
    // cost × (100 + percent) / 100 it stands for, to the last digit.
    this.rules = rules.stream().sorted(Comparator.comparingInt(PriceRule::specificity).reversed())
        .map(r -> new Ready(r, r.series() == null ? null : PricedItem.seriesKey(r.series()), HUNDRED.add(r.percent()).divide(HUNDRED)))
        .toList();
    this.anySeries = rules.stream().anyMatch(r -> r.series() != null);
    fixedPrices.forEach(f -> fixed.put(f.catalogItemId(), f.price()));
  }

  public static int minorDigits(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }

  public String listId() {
    return listId;
  }

  public String currency() {
    return currency;
  }

  /** The rule that prices the item, or null when a fixed price or the cost does. */
  public PriceRule ruleFor(PricedItem item) {
    if (fixed.containsKey(item.catalogItemId())) {
      return null;
    }
    Ready ready = matching(item);
    return ready == null ? null : ready.rule();
  }

  private Ready matching(PricedItem item) {
    String itemSeries = anySeries ? PricedItem.seriesKey(item.series()) : null;
    for (Ready ready : rules) {
      if (ready.rule().matches(item, ready.seriesKey(), itemSeries)) {
        return ready;
      }
    }
    return null;
  }

  /** The percent of the rule that prices the item (0 when none does), fixed prices aside: what a savings plan takes. */
  public BigDecimal percentFor(PricedItem item) {
    Ready ready = matching(item);
    return ready == null ? BigDecimal.ZERO : ready.rule().percent();
  }

  public BigDecimal fixedPrice(String catalogItemId) {
    return fixed.get(catalogItemId);
  }

  /** The price of the item to the next tier, from this tier's unit cost. */
  public BigDecimal price(PricedItem item, BigDecimal cost) {
    BigDecimal fixedPrice = fixed.get(item.catalogItemId());
    if (fixedPrice != null) {
      return fixedPrice.setScale(minorDigits, RoundingMode.HALF_EVEN);
    }
    Ready rule = matching(item);
    BigDecimal price = rule == null ? cost : cost.multiply(rule.factor());
    return price.setScale(minorDigits, RoundingMode.HALF_EVEN);
  }
}
