package dev.rvi.directory.subscription;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A {@link BenefitSubscription} in Partner Center's subscription shape, as it lists a savings plan: unit type and
 * billing type benefit, quantity 1, the plan's product as the offer, its order as the entitlement, its term, billing
 * cycle, end date and auto-renewal; active until its end, expired from then on; a link to the plan itself.
 */
final class BenefitSubscriptionView {
  private BenefitSubscriptionView() {}

  static JsonObject of(BenefitSubscription b, Instant now) {
    String self = "/v1/customers/" + b.customerId() + "/subscriptions/" + b.id();
    return new JsonObject()
        .put("id", b.id())
        .put("customerId", b.customerId())
        .put("entitlementId", b.savingsPlanOrderId())
        .put("offerId", b.catalogItemId())
        .put("offerName", "Azure savings plan")
        .put("productId", b.productId())
        .put("skuId", b.skuId())
        .put("friendlyName", b.friendlyName())
        .put("quantity", 1)
        .put("unitType", "Benefit")
        .put("billingType", "benefit")
        .put("status", b.expired(now) ? "expired" : "active")
        .put("autoRenewEnabled", b.renew())
        .put("creationDate", b.createdAt().toString())
        .put("effectiveStartDate", b.effectiveAt().toString())
        .put("commitmentEndDate", b.expiresAt().toString())
        .put("termDuration", b.term())
        .put("billingCycle", "Monthly".equals(b.billingPlan()) ? "monthly" : "one_time")
        .put("orderId", b.orderId())
        .put("links", new JsonObject()
            .put("self", new JsonObject().put("method", "GET").put("uri", self).put("headers", new JsonArray()))
            .put("savingsPlan", new JsonObject().put("method", "GET")
                .put("uri", "/v1/customers/" + b.customerId() + "/savingsPlans/" + b.id()).put("headers", new JsonArray())))
        .put("attributes", new JsonObject().put("objectType", "Subscription"));
  }
}
