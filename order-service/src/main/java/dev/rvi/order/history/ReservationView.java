package dev.rvi.order.history;

import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.order.commitment.Reservation;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A reservation's overview, in Partner Center's shape, from a {@link Reservation}: the one view of the resource. */
final class ReservationView {
  private ReservationView() {}

  static JsonObject of(Reservation r, Instant now, ExchangeEligibility eligibility) {
    ExchangeEligibility.Verdict exchange = eligibility.of(ExchangeEligibility.COMPUTE, r.createdAt(), now);
    JsonObject view = base(r, now).put("exchangeEligibility", exchange.status().name()).put("exchangeEligibilityReason", exchange.reason())
        .put("renew", r.renew());
    Reservation.RenewalLinks links = r.renewals();
    if (links.renewedFrom() != null) {
      view.put("renewSource", armId(links.renewedFromOrder(), links.renewedFrom()));
    }
    if (links.renewedTo() != null) {
      view.put("renewDestination", armId(links.renewedToOrder(), links.renewedTo()));
    }
    return view;
  }

  /** The reservation as an entitlement's artifact link lists it. */
  static JsonObject artifact(Reservation r, Instant now) {
    JsonObject view = base(r, now);
    return new JsonObject()
        .put("reservationId", armId(r.reservationOrderId(), r.id()))
        .put("scopeType", r.appliedScopeType())
        .put("quantity", r.quantity())
        .put("expiryDateTime", view.getString("expiryDateTime"))
        .put("effectiveDateTime", view.getString("effectiveDateTime"))
        .put("displayName", view.getString("displayName"))
        .put("appliedScopes", view.getJsonArray("appliedScopes"))
        .put("reservedResourceType", "VirtualMachines")
        .put("instanceFlexibility", view.getString("instanceFlexibility"))
        .put("provisioningState", r.provisioningState());
  }

  static String armId(String reservationOrderId, String reservationId) {
    return "/providers/Microsoft.Capacity/reservationOrders/" + reservationOrderId + "/reservations/" + reservationId;
  }

  private static JsonObject base(Reservation r, Instant now) {
    JsonArray scopes = new JsonArray();
    if (r.appliedSubscription() != null) {
      scopes.add("/subscriptions/" + r.appliedSubscription());
    }
    return new JsonObject()
        .put("id", r.id())
        .put("reservationOrderId", r.reservationOrderId())
        .put("displayName", r.displayName() != null ? r.displayName() : r.armSkuName() + " " + r.armRegionName())
        .put("skuName", r.armSkuName())
        .put("location", r.armRegionName())
        .put("locationDisplayName", r.location())
        .put("series", r.series())
        .put("quantity", r.quantity())
        .put("term", r.term())
        .put("billingPlan", r.billingPlan())
        .put("appliedScopeType", r.appliedScopeType())
        .put("appliedScopes", scopes)
        .put("instanceFlexibility", r.flexRatio() == null ? "Off" : r.instanceFlexibility())
        .put("purchaseDateTime", r.createdAt().toString())
        .put("effectiveDateTime", r.effectiveAt().toString())
        .put("expiryDateTime", r.expiresAt().toString())
        .put("provisioningState", r.provisioningState())
        .put("displayProvisioningState", OrderViews.displayState(r.expiresAt(), now, r.provisioningState()))
        .put("partnerIdOnRecord", r.partnerIdOnRecord())
        .put("billingSubscriptionId", r.subscriptionId())
        .put("orderId", r.orderId())
        .put("orderNumber", r.orderNumber())
        .put("unitPrice", Decimals.display(r.unitPrice()))
        .put("currencyCode", r.currency())
        .put("utilization", new JsonObject().put("trend", (String) null).put("aggregates", new JsonArray()))
        .put("attributes", new JsonObject().put("objectType", "Reservation"));
  }
}
