package dev.rvi.catalog.price;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.pricing.PriceBook;
import dev.rvi.domain.pricing.PricedItem;
import dev.rvi.domain.pricing.PricingTiers;
import dev.rvi.domain.pricing.TierPrices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices catalog items for one caller: Microsoft's price through the books of its tiers (one per tier, null where a
 * tier has none in force), keeping the caller's cost, its price and, for a provider that named the reseller, the
 * reseller's price to its customer. {@code customerView} shows only the customer's price.
 *
 * <p>A search's pricer is kept while its books are (see {@code TierPricing}), so it remembers what it priced: the same
 * books give an item the same prices, and the next page showing the item reads them instead of pricing it again.
 */
public final class Pricer {
  /** Items remembered per pricer and kind (some fifty pages); past that, items are priced each time. */
  static final int REMEMBERED = 1_000;

  private final PricingTiers tiers;
  private final List<PriceBook> books;
  private final boolean customerView;
  private final Map<IndexedPrice, TierPrices> reservations = new ConcurrentHashMap<>();
  private final Map<IndexedPrice, TierPrices> plans = new ConcurrentHashMap<>();

  public Pricer(PricingTiers tiers, List<PriceBook> books, boolean customerView) {
    this.tiers = tiers;
    this.books = books;
    this.customerView = customerView;
  }

  public PricingTiers tiers() {
    return tiers;
  }

  public List<PriceBook> books() {
    return books;
  }

  public boolean customerView() {
    return customerView;
  }

  /** {@code catalogItemId} is {@link #catalogItemId(IndexedPrice)}, passed in: a page shows it anyway, and it is a hash. */
  public TierPrices reservation(IndexedPrice p, String catalogItemId) {
    TierPrices known = reservations.get(p);
    if (known != null) {
      return known;
    }
    return remembered(reservations, p, of(item(p, catalogItemId, PricedItem.RESERVATION), p.unitPrice()));
  }

  /** {@code overTheTerm} is the plan's price over the term, as the price sheet gives it for {@code p}. */
  public TierPrices savingsPlan(IndexedPrice p, String catalogItemId, BigDecimal overTheTerm) {
    TierPrices known = plans.get(p);
    if (known != null) {
      return known;
    }
    return remembered(plans, p, of(item(p, catalogItemId, PricedItem.SAVINGS_PLAN), overTheTerm));
  }

  private static TierPrices remembered(Map<IndexedPrice, TierPrices> memory, IndexedPrice p, TierPrices prices) {
    if (memory.size() < REMEMBERED) {
      memory.put(p, prices);
    }
    return prices;
  }

  public TierPrices of(PricedItem item, BigDecimal microsoft) {
    return TierPrices.of(item, microsoft, books, tiers.costLevel());
  }

  /** The price a customer pays: the last tier's. */
  public BigDecimal customerPrice(TierPrices prices) {
    return prices.customerPrice() != null ? prices.customerPrice() : prices.price();
  }

  public static PricedItem item(IndexedPrice p, String kind) {
    return item(p, catalogItemId(p), kind);
  }

  public static PricedItem item(IndexedPrice p, String catalogItemId, String kind) {
    return new PricedItem(catalogItemId, kind, p.series(), p.armRegionName(), p.term().name());
  }

  /** The catalog item a price list's fixed prices name: the price's own, in its currency. */
  public static String catalogItemId(IndexedPrice p) {
    return CatalogIds.catalogItem(p.productId(), p.skuId(), p.currency());
  }
}
