package dev.rvi.catalog.price;

import dev.rvi.catalog.reference.CatalogIds;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;

/** A SKU: one size in one region for one term, with its reservation price in force (a row of {@code catalog.price}). */
public record Sku(String productId, String skuId, String armSkuName, String armRegionName, String regionDisplay, String series,
                  BigDecimal flexRatio, Integer cores, BigDecimal memoryGib, Term term, BigDecimal unitPrice) {

  public String availabilityId(String currency) {
    return CatalogIds.availability(skuId, currency);
  }

  public String catalogItemId(String currency) {
    return CatalogIds.catalogItem(productId, skuId, currency);
  }
}
