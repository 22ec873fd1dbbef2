package dev.rvi.catalog.product;

import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.Sku;
import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link Sku}'s availability in a {@link Market}, in Partner Center's shape: what a cart line names and its price. */
public final class AvailabilityView {
  private AvailabilityView() {}

  public static JsonObject of(Sku s, Market market) {
    return new JsonObject()
        .put("id", s.availabilityId(market.currency()))
        .put("productId", s.productId())
        .put("skuId", s.skuId())
        .put("catalogItemId", s.catalogItemId(market.currency()))
        .put("country", market.country())
        .put("defaultCurrency", market.currency())
        .put("segment", "commercial")
        .put("isPurchasable", market.offerAvailable())
        .put("terms", new JsonArray().add(new JsonObject().put("duration", s.term().name()).put("description", s.term().description())
            .put("billingPlans", SkuView.billingPlans())))
        .put("unitPrice", Decimals.display(s.unitPrice()))
        .put("currencyCode", market.currency())
        .put("softwareCostsIncluded", false)
        .put("attributes", new JsonObject().put("objectType", "Availability"));
  }
}
