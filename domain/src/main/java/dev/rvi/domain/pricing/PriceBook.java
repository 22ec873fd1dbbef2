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

  private final String listId;
  private final String currency;
  private final int minorDigits;
  private final List<PriceRule> rules;
  private final Map<String, BigDecimal> fixed = new HashMap<>();

  public PriceBook(String listId, String currency, List<PriceRule> rules, List<FixedPrice> fixedPrices) {
    this.listId = listId;
    this.currency = currency;
    this.minorDigits = minorDigits(currency);
    // Stable: rules of equal specificity keep the owner's order.
    this.rules = rules.stream().sorted(Comparator.comparingInt(PriceRule::specificity).reversed()).toList();
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
    for (PriceRule rule : rules) {
      if (rule.matches(item)) {
        return rule;
      }
    }
    return null;
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
    PriceRule rule = ruleFor(item);
    BigDecimal price = rule == null ? cost : cost.multiply(HUNDRED.add(rule.percent())).divide(HUNDRED);
    return price.setScale(minorDigits, RoundingMode.HALF_EVEN);
  }
}
