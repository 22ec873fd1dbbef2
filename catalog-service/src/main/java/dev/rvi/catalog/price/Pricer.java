package dev.rvi.catalog.price;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PricedItem;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.pricing.TierPrices;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices catalog items for one caller: Microsoft's price through the books of its tiers (one per tier, null where a
 * tier has none in force), keeping the caller's cost, its price and, for a provider that named the reseller, the
 * reseller's price to its customer. {@code customerView} shows only the customer's price.
 */
public record Pricer(PricingTiers tiers, List<PriceBook> books, boolean customerView) {

  public TierPrices reservation(IndexedPrice p) {
    return of(item(p, PricedItem.RESERVATION), p.unitPrice());
  }

  public TierPrices savingsPlan(IndexedPrice p, BigDecimal overTheTerm) {
    return of(item(p, PricedItem.SAVINGS_PLAN), overTheTerm);
  }

  public TierPrices of(PricedItem item, BigDecimal microsoft) {
    return TierPrices.of(item, microsoft, books, tiers.costLevel());
  }

  /** The price a customer pays: the last tier's. */
  public BigDecimal customerPrice(TierPrices prices) {
    return prices.customerPrice() != null ? prices.customerPrice() : prices.price();
  }

  public static PricedItem item(IndexedPrice p, String kind) {
    return new PricedItem(CatalogIds.catalogItem(p.productId(), p.skuId(), p.currency()), kind, p.series(), p.armRegionName(), p.term().name());
  }
}
