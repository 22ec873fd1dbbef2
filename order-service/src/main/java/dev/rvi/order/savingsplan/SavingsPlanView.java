package dev.rvi.order.savingsplan;

import dev.rvi.domain.catalog.SavingsPlanCommitment;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.money.Decimals;
import dev.rvi.order.history.OrderViews;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A savings plan in Azure's shape ({@code Microsoft.BillingBenefits} savingsPlanOrders/savingsPlans): the one view of the
 * resource, with the order and commitment Partner Center shows beside it.
 */
final class SavingsPlanView {
  private SavingsPlanView() {}

  static String armId(SavingsPlan p) {
    return "/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + p.savingsPlanOrderId() + "/savingsPlans/" + p.id();
  }

  static JsonObject of(SavingsPlan p, Instant now) {
    return of(p, now, null);
  }

  /** With the utilization the usage service answered, or none yet ({@code null}) while it cannot answer. */
  static JsonObject of(SavingsPlan p, Instant now, JsonObject utilization) {
    JsonObject commitment = new JsonObject().put("grain", "Hourly").put("currencyCode", p.currency())
        .put("amount", Decimals.display(p.hourlyCommitment()));
    JsonObject scope = p.appliedSubscription() == null ? null
        : new JsonObject().put("subscriptionId", "/subscriptions/" + p.appliedSubscription());
    JsonObject view = new JsonObject()
        .put("id", p.id())
        .put("armId", armId(p))
        .put("name", p.savingsPlanOrderId() + "/" + p.id())
        .put("type", "Microsoft.BillingBenefits/savingsPlanOrders/savingsPlans")
        .put("savingsPlanOrderId", p.savingsPlanOrderId())
        .put("sku", new JsonObject().put("name", SavingsPlanProduct.ARM_SKU_NAME))
        .put("displayName", p.displayName())
        .put("catalogItemId", p.catalogItemId())
        .put("commitment", commitment)
        .put("totalCommitment", new JsonObject().put("currencyCode", p.currency())
            .put("amount", SavingsPlanCommitment.total(p.hourlyCommitment(), Term.valueOf(p.term()))))
        .put("term", p.term())
        .put("billingPlan", p.billingPlan())
        .put("appliedScopeType", p.appliedScopeType())
        .put("userFriendlyAppliedScopeType", p.appliedScopeType())
        .put("appliedScopeProperties", scope)
        .put("billingSubscriptionId", p.subscriptionId())
        .put("purchaseDateTime", p.createdAt().toString())
        .put("benefitStartTime", p.effectiveAt().toString())
        .put("effectiveDateTime", p.effectiveAt().toString())
        .put("expiryDateTime", p.expiresAt().toString())
        .put("renew", p.renew())
        .put("provisioningState", p.provisioningState())
        .put("displayProvisioningState", OrderViews.displayState(p.expiresAt(), now, p.provisioningState()))
        .put("partnerIdOnRecord", p.partnerIdOnRecord())
        .put("orderId", p.orderId())
        .put("tradedInReservations", new JsonArray(p.tradedIn()))
        .put("unitType", "Benefit")
        .put("billingType", "benefit")
        .put("utilization", utilization != null ? utilization
            : new JsonObject().put("trend", (String) null).put("aggregates", new JsonArray()))
        .put("attributes", new JsonObject().put("objectType", "SavingsPlan"));
    // Azure's renewSource and renewDestination name the plans, as their ids.
    if (p.renewedFrom() != null) {
      view.put("renewSource", p.renewedFrom());
    }
    if (p.renewedBy() != null) {
      view.put("renewDestination", p.renewedBy());
    }
    return view;
  }
}
