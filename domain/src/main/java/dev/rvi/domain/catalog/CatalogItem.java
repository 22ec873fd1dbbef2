package dev.rvi.domain.catalog;

import java.math.BigDecimal;

/** What the catalog says about an item at one moment in one market: what the order service sells by. */
public record CatalogItem(String catalogItemId, String productId, String skuId, String armSkuName, String armRegionName,
                          String location, String series, BigDecimal flexRatio, Term term, BigDecimal unitPrice,
                          String currencyCode, boolean purchasable, String country) {

  public String friendlyName() {
    return "Reserved VM Instance, " + armSkuName + ", " + location + ", " + term.description();
  }
}
