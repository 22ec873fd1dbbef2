package dev.rvi.order.catalog;

import dev.rvi.domain.catalog.Term;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** What the catalog says about an item at one moment in one market. */
public record CatalogItem(String catalogItemId, String productId, String skuId, String armSkuName, String armRegionName,
                          String location, String series, BigDecimal flexRatio, Term term, BigDecimal unitPrice,
                          String currencyCode, boolean purchasable) {

  public JsonObject toJson() {
    return new JsonObject().put("catalogItemId", catalogItemId).put("productId", productId).put("skuId", skuId)
        .put("armSkuName", armSkuName).put("armRegionName", armRegionName).put("location", location).put("series", series)
        .put("instanceFlexibilityRatio", flexRatio == null ? null : flexRatio.toPlainString()).put("term", term.name())
        .put("unitPrice", unitPrice.toPlainString()).put("currencyCode", currencyCode).put("isPurchasable", purchasable);
  }

  public static CatalogItem from(JsonObject json) {
    String ratio = json.getString("instanceFlexibilityRatio");
    return new CatalogItem(json.getString("catalogItemId"), json.getString("productId"), json.getString("skuId"),
        json.getString("armSkuName"), json.getString("armRegionName"), json.getString("location"), json.getString("series"),
        ratio == null ? null : new BigDecimal(ratio), Term.valueOf(json.getString("term")),
        new BigDecimal(json.getString("unitPrice")), json.getString("currencyCode"), json.getBoolean("isPurchasable"));
  }

  public String friendlyName() {
    return "Reserved VM Instance, " + armSkuName + ", " + location + ", " + term.description();
  }
}
