package dev.rvi.domain.catalog;

import dev.rvi.domain.pricing.PricedItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the catalog says about an item at one moment in one market: what the order service sells by. {@code unitPrice}
 * is Microsoft's; {@code tierPrices}, when asked for, the unit price of each tier below (in the order of
 * {@code PricingTiers.tiers()}), or null.
 */
public record CatalogItem(String catalogItemId, String productId, String skuId, String armSkuName, String armRegionName,
                          String location, String series, BigDecimal flexRatio, Term term, BigDecimal unitPrice,
                          String currencyCode, boolean purchasable, String country, List<BigDecimal> tierPrices) {
  public CatalogItem(String catalogItemId, String productId, String skuId, String armSkuName, String armRegionName, String location,
                     String series, BigDecimal flexRatio, Term term, BigDecimal unitPrice, String currencyCode, boolean purchasable,
                     String country) {
    this(catalogItemId, productId, skuId, armSkuName, armRegionName, location, series, flexRatio, term, unitPrice, currencyCode, purchasable,
        country, null);
  }

  public CatalogItem withTierPrices(List<BigDecimal> prices) {
    return new CatalogItem(catalogItemId, productId, skuId, armSkuName, armRegionName, location, series, flexRatio, term, unitPrice,
        currencyCode, purchasable, country, List.copyOf(prices));
  }

  public PricedItem priced() {
    return new PricedItem(catalogItemId, PricedItem.RESERVATION, series, armRegionName, term.name());
  }

  public String friendlyName() {
    return "Reserved VM Instance, " + armSkuName + ", " + location + ", " + term.description();
  }
}
