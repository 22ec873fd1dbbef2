package dev.rvi.order.history;

import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Partner Center's order shape, and Azure's reservation overview and properties. */
public final class OrderViews {
  /** Within this long before expiry a reservation shows as Expiring. */
  public static final Duration EXPIRING_WINDOW = Duration.ofDays(30);

  private OrderViews() {}

  public static JsonObject line(int number, String offerId, String term, String friendlyName, int quantity, String partnerIdOnRecord,
                                BigDecimal unitPrice, String currency, String reservationOrderId, String customerId) {
    return new JsonObject()
        .put("lineItemNumber", number)
        .put("offerId", offerId)
        .put("termDuration", term)
        .put("transactionType", "New")
        .put("friendlyName", friendlyName)
        .put("quantity", quantity)
        .put("partnerIdOnRecord", partnerIdOnRecord)
        .put("unitPrice", Decimals.display(unitPrice))
        .put("subtotal", Decimals.cents(unitPrice.multiply(BigDecimal.valueOf(quantity))))
        .put("currencyCode", currency)
        .put("reservationOrderId", reservationOrderId)
        .put("links", new JsonObject().put("reservationOrder", new JsonObject().put("method", "GET")
            .put("uri", "/v1/customers/" + customerId + "/reservations?reservationOrderId=" + reservationOrderId)));
  }

  public static JsonObject order(String id, String alternateId, String customerId, String currency, String status, Instant created,
                                 JsonArray lines, BigDecimal total) {
    return new JsonObject()
        .put("id", id)
        .put("alternateId", alternateId)
        .put("referenceCustomerId", customerId)
        .put("billingCycle", "one_time")
        .put("currencyCode", currency)
        .put("lineItems", lines)
        .put("totalPrice", Decimals.cents(total))
        .put("creationDate", created.toString())
        .put("status", status)
        .put("softwareCostsIncluded", false)
        .put("links", new JsonObject().put("self", new JsonObject().put("method", "GET")
            .put("uri", "/v1/customers/" + customerId + "/orders/" + id)))
        .put("attributes", new JsonObject().put("objectType", "Order"));
  }

  /** Succeeded, Expiring within the window before expiry, Expired after it. */
  public static String displayState(Instant expires, Instant now, String provisioningState) {
    if (!"Succeeded".equals(provisioningState)) {
      return provisioningState;
    }
    if (!now.isBefore(expires)) {
      return "Expired";
    }
    return now.plus(EXPIRING_WINDOW).isBefore(expires) ? "Succeeded" : "Expiring";
  }
}
