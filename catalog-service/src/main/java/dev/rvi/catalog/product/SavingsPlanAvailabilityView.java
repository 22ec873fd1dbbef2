package dev.rvi.catalog.product;

import dev.rvi.domain.catalog.SavingsPlanItem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A term of the savings plan's availability in Partner Center's shape: the catalog item a cart line names, and its commitment. */
public final class SavingsPlanAvailabilityView {
  private SavingsPlanAvailabilityView() {}

  public static JsonObject of(SavingsPlanItem plan) {
    return new JsonObject()
        .put("id", plan.availabilityId())
        .put("productId", plan.productId())
        .put("skuId", plan.skuId())
        .put("catalogItemId", plan.catalogItemId())
        .put("country", plan.country())
        .put("defaultCurrency", plan.currencyCode())
        .put("segment", "commercial")
        .put("isPurchasable", plan.purchasable())
        .put("terms", new JsonArray().add(new JsonObject().put("duration", plan.term().name())
            .put("description", SavingsPlanSkuView.duration(plan.term()))))
        .put("minimumPurchaseCommitment", SavingsPlanSkuView.minimumPurchaseCommitment(plan))
        .put("currencyCode", plan.currencyCode())
        .put("attributes", new JsonObject().put("objectType", "Availability"));
  }
}
