package dev.rvi.domain.pricing;

import java.util.List;

/**
 * A price list as its owner writes it. {@code version}, when given on a change, must be the list's current version:
 * two agents editing one list cannot overwrite each other unseen.
 */
public record PriceListBody(String name, String currency, Boolean allowNegativeMargin, List<PriceRule> rules,
                            List<FixedPrice> fixedPrices, Integer version) {
  public PriceListBody {
    rules = rules == null ? List.of() : List.copyOf(rules);
    fixedPrices = fixedPrices == null ? List.of() : List.copyOf(fixedPrices);
  }

  public boolean negativeMarginAllowed() {
    return Boolean.TRUE.equals(allowNegativeMargin);
  }
}
