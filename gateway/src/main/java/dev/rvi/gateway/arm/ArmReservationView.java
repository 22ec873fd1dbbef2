package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A reservation as Azure Resource Manager writes it ({@code ReservationResponse} of Microsoft.Capacity), from the order
 * service's reservation: the same facts under ARM's names, its fields under {@code properties}.
 */
public final class ArmReservationView {
  public static final String TYPE = "Microsoft.Capacity/reservationOrders/reservations";

  private ArmReservationView() {}

  public static String id(String reservationOrderId, String reservationId) {
    return ArmReservationOrderView.id(reservationOrderId) + "/reservations/" + reservationId;
  }

  public static JsonObject of(JsonObject r) {
    String order = r.getString("reservationOrderId");
    String id = r.getString("id");
    JsonObject properties = properties(r);
    return new JsonObject()
        .put("id", id(order, id))
        .put("name", order + "/" + id)
        .put("type", TYPE)
        .put("location", r.getString("location"))
        .put("etag", Etags.of(properties))
        .put("sku", new JsonObject().put("name", r.getString("skuName")))
        .put("kind", "Microsoft.Compute")
        .put("properties", properties);
  }

  private static JsonObject properties(JsonObject r) {
    String scope = r.getString("appliedScopeType");
    JsonArray scopes = r.getJsonArray("appliedScopes", new JsonArray());
    String expiry = r.getString("expiryDateTime");
    String purchase = r.getString("purchaseDateTime");
    JsonObject p = new JsonObject()
        .put("reservedResourceType", "VirtualMachines")
        .put("instanceFlexibility", r.getString("instanceFlexibility"))
        .put("displayName", r.getString("displayName"))
        .put("appliedScopes", scopes.isEmpty() ? null : scopes)
        .put("appliedScopeType", scope)
        .put("archived", r.getBoolean("archived", false))
        .put("quantity", r.getInteger("quantity"))
        .put("provisioningState", r.getString("provisioningState"))
        .put("effectiveDateTime", r.getString("effectiveDateTime"))
        .put("benefitStartTime", r.getString("effectiveDateTime"))
        .put("lastUpdatedDateTime", r.getString("lastUpdatedDateTime", purchase))
        .put("expiryDate", date(expiry))
        .put("expiryDateTime", expiry)
        .put("expiryDateTimeUtc", expiry)
        .put("skuDescription", r.getString("skuName") + " " + r.getString("locationDisplayName", r.getString("location")))
        .put("billingPlan", r.getString("billingPlan"))
        .put("displayProvisioningState", r.getString("displayProvisioningState"))
        .put("purchaseDate", date(purchase))
        .put("purchaseDateTime", purchase)
        .put("term", r.getString("term"))
        .put("renew", r.getBoolean("renew", false))
        .put("userFriendlyAppliedScopeType", scope)
        .put("userFriendlyRenewState", r.getBoolean("renew", false) ? "On" : "Off");
    String billingSubscription = r.getString("billingSubscriptionId");
    if (billingSubscription != null) {
      p.put("billingScopeId", "/subscriptions/" + billingSubscription);
    }
    if (!scopes.isEmpty()) {
      p.put("appliedScopeProperties", new JsonObject().put("subscriptionId", scopes.getString(0)));
    }
    if (r.getString("renewSource") != null) {
      p.put("renewSource", r.getString("renewSource"));
    }
    if (r.getString("renewDestination") != null) {
      p.put("renewDestination", r.getString("renewDestination"));
    }
    JsonObject renewal = r.getJsonObject("renewProperties");
    if (renewal != null) {
      p.put("renewProperties", renewal);
    }
    p.put("utilization", utilization(r.getJsonObject("utilization")));
    return p;
  }

  /** The overview's trend and aggregates, as ARM's {@code utilization}: each aggregate a percentage over its days. */
  private static JsonObject utilization(JsonObject u) {
    JsonObject out = new JsonObject().put("trend", u == null ? null : u.getString("trend"));
    JsonArray aggregates = new JsonArray();
    if (u != null) {
      for (Object item : u.getJsonArray("aggregates", new JsonArray())) {
        if (item instanceof JsonObject a) {
          aggregates.add(new JsonObject().put("grain", a.getValue("grain")).put("grainUnit", a.getString("grainUnit", "days"))
              .put("value", number(a.getValue("value"))).put("valueUnit", a.getString("valueUnit", "percentage")));
        }
      }
    }
    return out.put("aggregates", aggregates);
  }

  private static Object number(Object value) {
    if (value instanceof String text) {
      try {
        return new BigDecimal(text).doubleValue();
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return value;
  }

  static String date(String moment) {
    return moment == null || moment.length() < 10 ? moment : moment.substring(0, 10);
  }
}
