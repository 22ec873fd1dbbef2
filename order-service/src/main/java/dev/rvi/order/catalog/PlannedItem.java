package dev.rvi.order.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.util.List;

/**
 * A catalog item as an exchange plan stores it (and its quote shows it): the shape plans written by earlier
 * versions have, so a quote made before an upgrade is still carried out after it (theirs have no country, and their
 * prices are decimal strings, which read back as the same decimals; nor tier prices, so the new order keeps none).
 */
public record PlannedItem(String catalogItemId, String productId, String skuId, String armSkuName, String armRegionName,
                          String location, String series, String instanceFlexibilityRatio, Term term, BigDecimal unitPrice,
                          String currencyCode, @JsonProperty("isPurchasable") boolean purchasable, String country,
                          List<BigDecimal> tierPrices) {

  public static PlannedItem of(CatalogItem item) {
    return new PlannedItem(item.catalogItemId(), item.productId(), item.skuId(), item.armSkuName(), item.armRegionName(),
        item.location(), item.series(), item.flexRatio() == null ? null : item.flexRatio().toPlainString(), item.term(),
        item.unitPrice(), item.currencyCode(), item.purchasable(), item.country(), item.tierPrices());
  }

  public CatalogItem item() {
    CatalogItem item = new CatalogItem(catalogItemId, productId, skuId, armSkuName, armRegionName, location, series,
        instanceFlexibilityRatio == null ? null : new BigDecimal(instanceFlexibilityRatio), term, unitPrice, currencyCode, purchasable,
        country);
    return tierPrices == null ? item : item.withTierPrices(tierPrices);
  }
}
