package dev.rvi.catalog.product;

import dev.rvi.catalog.market.Market;
import dev.rvi.catalog.price.Sku;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.pricing.TierPrices;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link Sku}'s availability in a {@link Market}, in Partner Center's shape: what a cart line names and its price. */
public final class AvailabilityView {
  private AvailabilityView() {}

  /**
   * With the caller's {@code tiers} (null: no list in force for it), {@code unitPrice} is the caller's cost and
   * {@code prices} its cost, its price to the next tier and, for a provider that named the reseller, the customer's.
   */
  public static JsonObject of(Sku s, Market market, TierPrices tiers) {
    JsonObject view = new JsonObject()
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
        .put("unitPrice", Decimals.display(tiers == null ? s.unitPrice() : tiers.cost()))
        .put("currencyCode", market.currency())
        .put("softwareCostsIncluded", false)
        .put("attributes", new JsonObject().put("objectType", "Availability"));
    if (tiers != null) {
      JsonObject prices = new JsonObject().put("cost", Decimals.display(tiers.cost())).put("price", Decimals.display(tiers.price()));
      if (tiers.customerPrice() != null) {
        prices.put("customerPrice", Decimals.display(tiers.customerPrice()));
      }
      view.put("prices", prices);
    }
    return view;
  }
}
