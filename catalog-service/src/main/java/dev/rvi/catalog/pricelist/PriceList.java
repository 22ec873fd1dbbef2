package dev.rvi.catalog.pricelist;

import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PriceRule;
import java.time.Instant;
import java.util.List;

/** A partner's price list for the tier below it, at its current version. */
public record PriceList(String id, String ownerId, String name, String currency, boolean allowNegativeMargin, List<PriceRule> rules,
                        List<FixedPrice> fixedPrices, int version, Instant createdAt, String createdBy, Instant updatedAt,
                        String updatedBy) {
  public PriceBook book() {
    return new PriceBook(id, currency, rules, fixedPrices);
  }
}
