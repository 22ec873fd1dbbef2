package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A reservation order as ARM writes it ({@code ReservationOrderResponse}), from the order service's reservations of the
 * order: those a split or merge ended are listed too, as Azure lists them. With {@code $expand=schedule}, the payment
 * plan ({@code planInformation}): one payment, at purchase, for the upfront plan.
 */
public final class ArmReservationOrderView {
  public static final String TYPE = "Microsoft.Capacity/reservationOrders";
  private static final Set<String> ENDED = Set.of("Split", "Merged", "Cancelled", "Exchanged", "TradedIn");

  private ArmReservationOrderView() {}

  public static String id(String reservationOrderId) {
    return "/providers/Microsoft.Capacity/reservationOrders/" + reservationOrderId;
  }

  /** {@code reservations}: the order's, in the order service's shape; at least one. */
  public static JsonObject of(String reservationOrderId, List<JsonObject> reservations, boolean schedule) {
    JsonObject first = reservations.stream().min(Comparator.comparing((JsonObject r) -> r.getString("purchaseDateTime", ""))).orElseThrow();
    List<JsonObject> current = reservations.stream().filter(r -> !ENDED.contains(r.getString("provisioningState"))).toList();
    int quantity = (current.isEmpty() ? reservations : current).stream().mapToInt(r -> r.getInteger("quantity", 0)).sum();
    JsonArray items = new JsonArray();
    reservations.forEach(r -> items.add(ArmReservationView.of(r)));
    String purchased = first.getString("purchaseDateTime");
    JsonObject properties = new JsonObject()
        .put("displayName", first.getString("displayName"))
        .put("requestDateTime", purchased)
        .put("createdDateTime", purchased)
        .put("expiryDate", ArmReservationView.date(first.getString("expiryDateTime")))
        .put("expiryDateTime", first.getString("expiryDateTime"))
        .put("benefitStartTime", first.getString("effectiveDateTime"))
        .put("originalQuantity", quantity)
        .put("term", first.getString("term"))
        .put("provisioningState", current.isEmpty() ? first.getString("provisioningState") : "Succeeded")
        .put("billingPlan", first.getString("billingPlan"))
        .put("reservations", items);
    if (schedule) {
      properties.put("planInformation", plan(first, quantity, purchased));
    }
    return new JsonObject()
        .put("id", id(reservationOrderId))
        .put("name", reservationOrderId)
        .put("type", TYPE)
        .put("etag", Etags.of(properties))
        .put("properties", properties);
  }

  private static JsonObject plan(JsonObject first, int quantity, String purchased) {
    String unit = first.getString("unitPrice");
    BigDecimal total = unit == null ? BigDecimal.ZERO : new BigDecimal(unit).multiply(BigDecimal.valueOf(quantity));
    JsonObject money = new JsonObject().put("currencyCode", first.getString("currencyCode")).put("amount", total.doubleValue());
    String day = ArmReservationView.date(purchased);
    return new JsonObject().put("pricingCurrencyTotal", money).put("startDate", day).put("nextPaymentDueDate", null)
        .put("transactions", new JsonArray().add(new JsonObject().put("dueDate", day).put("paymentDate", day)
            .put("pricingCurrencyTotal", money).put("billingCurrencyTotal", money.copy()).put("status", "Succeeded")));
  }
}
