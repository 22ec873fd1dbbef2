package dev.rvi.order.history;

import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Partner Center's order shape, and Azure's reservation overview and properties. */
public final class OrderViews {
  /** Within this long before expiry a reservation shows as Expiring. */
  public static final Duration EXPIRING_WINDOW = Duration.ofDays(30);

  private OrderViews() {}

  /** Partner Center's currency symbols of the currencies Azure bills reservations in; others show the code. */
  private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("USD", "$"), Map.entry("EUR", "€"),
      Map.entry("GBP", "£"), Map.entry("JPY", "¥"), Map.entry("AUD", "$"), Map.entry("CAD", "$"), Map.entry("NZD", "$"),
      Map.entry("INR", "₹"), Map.entry("KRW", "₩"), Map.entry("BRL", "R$"), Map.entry("CHF", "CHF"), Map.entry("DKK", "kr"),
      Map.entry("NOK", "kr"), Map.entry("SEK", "kr"), Map.entry("TWD", "NT$"), Map.entry("CNY", "¥"));

  public static String currencySymbol(String currency) {
    return SYMBOLS.getOrDefault(currency, currency);
  }

  /** The line as Partner Center shows it; {@code country} (the customer's market) completes the link to its SKU. */
  public static JsonObject line(int number, String offerId, String productId, String skuId, String country, String term,
                                String friendlyName, int quantity, String partnerIdOnRecord, BigDecimal unitPrice, String currency,
                                String reservationOrderId, String customerId) {
    JsonObject links = new JsonObject().put("reservationOrder", new JsonObject().put("method", "GET")
        .put("uri", "/v1/customers/" + customerId + "/reservations?reservationOrderId=" + reservationOrderId));
    if (productId != null && skuId != null) {
      links.put("sku", new JsonObject().put("method", "GET").put("headers", new JsonArray())
          .put("uri", "/v1/products/" + productId + "/skus/" + skuId + (country == null ? "" : "?country=" + country)));
    }
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
        .put("links", links);
  }

  /** A savings plan's line as Partner Center shows it: a benefit, with its commitment, an amount per hour. */
  public static JsonObject benefit(JsonObject line, BigDecimal hourly, String currency) {
    return line.put("purchaseCommitment", new JsonObject().put("amount", Decimals.display(hourly)).put("currency", currency)
        .put("grain", "Hourly")).put("unitType", "Benefit").put("billingType", "benefit");
  }

  public static JsonObject order(String id, String alternateId, String customerId, String currency, String status, Instant created,
                                 JsonArray lines, BigDecimal total) {
    return new JsonObject()
        .put("id", id)
        .put("alternateId", alternateId)
        .put("referenceCustomerId", customerId)
        .put("billingCycle", "one_time")
        .put("currencyCode", currency)
        .put("currencySymbol", currencySymbol(currency))
        .put("transactionType", "UserPurchase")
        .put("lineItems", lines)
        .put("totalPrice", Decimals.cents(total))
        .put("creationDate", created.toString())
        .put("status", status)
        .put("softwareCostsIncluded", false)
        .put("links", new JsonObject()
            .put("self", new JsonObject().put("method", "GET").put("uri", "/v1/customers/" + customerId + "/orders/" + id))
            .put("provisioningStatus", new JsonObject().put("method", "GET")
                .put("uri", "/v1/customers/" + customerId + "/orders/" + id + "/provisioningstatus")))
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
