package dev.rvi.order.savingsplan;

import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A savings plan as an entitlement, in the shape Partner Center gives a reserved instance's: {@code entitlementType} and
 * the artifact's {@code artifactType} {@code savingsplan}, the order line it came from, quantity 1, and one artifact that
 * names the plan and its order ({@code resourceId} the savings-plan order, as a reservation's names its reservation order)
 * with a link to the plan.
 */
final class SavingsPlanEntitlementView {
  private SavingsPlanEntitlementView() {}

  static JsonObject of(SavingsPlan p, String orderNumber) {
    String plan = "/v1/customers/" + p.customerId() + "/savingsPlans/" + p.id();
    return new JsonObject()
        .put("includedEntitlements", new JsonArray())
        .put("referenceOrder", new JsonObject().put("id", p.orderId()).put("lineItemId", String.valueOf(p.lineNumber()))
            .put("alternateId", orderNumber))
        .put("productId", p.productId())
        .put("skuId", p.skuId())
        .put("quantity", 1)
        .put("entitlementType", "savingsplan")
        .put("fulfillmentState", "Fulfilled")
        .put("expiryDate", p.expiresAt().toString())
        .put("productOrderId", p.savingsPlanOrderId())
        .put("entitledArtifacts", new JsonArray().add(new JsonObject()
            .put("artifactType", "savingsplan")
            .put("type", "SavingsPlanOrder")
            .put("resourceId", p.savingsPlanOrderId())
            .put("dynamicAttributes", new JsonObject()
                .put("savingsPlanOrderId", p.savingsPlanOrderId())
                .put("savingsPlanId", p.id())
                .put("benefitId", SavingsPlanView.armId(p))
                .put("armSkuName", SavingsPlanProduct.ARM_SKU_NAME)
                .put("purchaseCommitment", new JsonObject().put("amount", Decimals.display(p.hourlyCommitment()))
                    .put("currency", p.currency()).put("grain", "Hourly")))
            .put("link", new JsonObject().put("method", "GET").put("uri", plan).put("headers", new JsonArray()))))
        .put("attributes", new JsonObject().put("objectType", "Entitlement"));
  }
}
