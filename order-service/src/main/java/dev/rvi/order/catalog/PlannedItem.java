package dev.rvi.order.catalog;

import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A catalog item as an exchange plan stores it (and its quote shows it): the shape plans written by earlier
 * versions have, so a quote made before an upgrade is still carried out after it (theirs have no country).
 */
public final class PlannedItem {
  private PlannedItem() {}

  public static JsonObject toJson(CatalogItem item) {
    return new JsonObject().put("catalogItemId", item.catalogItemId()).put("productId", item.productId()).put("skuId", item.skuId())
        .put("armSkuName", item.armSkuName()).put("armRegionName", item.armRegionName()).put("location", item.location())
        .put("series", item.series())
        .put("instanceFlexibilityRatio", item.flexRatio() == null ? null : item.flexRatio().toPlainString()).put("term", item.term().name())
        .put("unitPrice", item.unitPrice().toPlainString()).put("currencyCode", item.currencyCode()).put("isPurchasable", item.purchasable())
        .put("country", item.country());
  }

  public static CatalogItem from(JsonObject json) {
    String ratio = json.getString("instanceFlexibilityRatio");
    return new CatalogItem(json.getString("catalogItemId"), json.getString("productId"), json.getString("skuId"),
        json.getString("armSkuName"), json.getString("armRegionName"), json.getString("location"), json.getString("series"),
        ratio == null ? null : new BigDecimal(ratio), Term.valueOf(json.getString("term")),
        new BigDecimal(json.getString("unitPrice")), json.getString("currencyCode"), json.getBoolean("isPurchasable"),
        json.getString("country"));
  }
}
