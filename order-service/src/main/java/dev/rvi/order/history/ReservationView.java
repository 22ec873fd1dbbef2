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
        .put("renew", r.renew()).put("archived", r.archived());
    Reservation.RenewalLinks links = r.renewals();
    if (links.renewedFrom() != null) {
      view.put("renewSource", armId(links.renewedFromOrder(), links.renewedFrom()));
    }
    if (links.renewedTo() != null) {
      view.put("renewDestination", armId(links.renewedToOrder(), links.renewedTo()));
    }
    return view;
  }

  /** The reservation in a list across customers: with its customer and the reseller it was sold through, if any. */
  static JsonObject ofPartner(Reservation r, Instant now, ExchangeEligibility eligibility) {
    return of(r, now, eligibility).put("customerId", r.customerId()).put("resellerPartnerId", r.resellerPartnerId());
  }

  /** The reservation as an entitlement's artifact link lists it. */
  static JsonObject artifact(Reservation r) {
    return new JsonObject()
        .put("reservationId", armId(r.reservationOrderId(), r.id()))
        .put("scopeType", r.appliedScopeType())
        .put("quantity", r.quantity())
        .put("expiryDateTime", r.expiresAt().toString())
        .put("effectiveDateTime", r.effectiveAt().toString())
        .put("displayName", displayName(r))
        .put("appliedScopes", scopes(r))
        .put("reservedResourceType", "VirtualMachines")
        .put("instanceFlexibility", instanceFlexibility(r))
        .put("provisioningState", r.provisioningState());
  }

  static String armId(String reservationOrderId, String reservationId) {
    return "/providers/Microsoft.Capacity/reservationOrders/" + reservationOrderId + "/reservations/" + reservationId;
  }

  private static String displayName(Reservation r) {
    return r.displayName() != null ? r.displayName() : r.armSkuName() + " " + r.armRegionName();
  }

  private static JsonArray scopes(Reservation r) {
    return r.appliedSubscription() == null ? new JsonArray() : new JsonArray().add("/subscriptions/" + r.appliedSubscription());
  }

  /** A size without a flexibility ratio has no flexibility to turn on. */
  private static String instanceFlexibility(Reservation r) {
    return r.flexRatio() == null ? "Off" : r.instanceFlexibility();
  }

  private static JsonObject base(Reservation r, Instant now) {
    return new JsonObject()
        .put("id", r.id())
        .put("reservationOrderId", r.reservationOrderId())
        .put("displayName", displayName(r))
        .put("skuName", r.armSkuName())
        .put("location", r.armRegionName())
        .put("locationDisplayName", r.location())
        .put("series", r.series())
        .put("quantity", r.quantity())
        .put("term", r.term())
        .put("billingPlan", r.billingPlan())
        .put("appliedScopeType", r.appliedScopeType())
        .put("appliedScopes", scopes(r))
        .put("instanceFlexibility", instanceFlexibility(r))
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
