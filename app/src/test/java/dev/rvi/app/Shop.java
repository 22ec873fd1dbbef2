package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** Purchase steps as a partner front end does them, over real HTTP. */
final class Shop {
  final TestPlatform platform;
  final String token;

  Shop(TestPlatform platform, String token) {
    this.platform = platform;
    this.token = token;
  }

  /** The catalog item id of one size in one region and term. */
  String item(String armSkuName, String region, String term) {
    List<JsonObject> rows = platform.get("/v1/reservedInstances?country=US&armSkuName=" + armSkuName + "&armRegionName=" + region
        + "&term=" + term, token).items();
    assertEquals(1, rows.size(), () -> armSkuName + " " + region + " " + term);
    return rows.get(0).getString("catalogItemId");
  }

  static JsonObject line(int id, String catalogItemId, int quantity, String term, String subscriptionId, String scope) {
    return new JsonObject().put("id", id).put("catalogItemId", catalogItemId).put("quantity", quantity)
        .put("billingCycle", "one_time").put("termDuration", term)
        .put("provisioningContext", new JsonObject().put("subscriptionId", subscriptionId).put("scope", scope)
            .put("duration", "P1Y".equals(term) ? "1Year" : "3Years"));
  }

  static String cart(String resellerMpnId, JsonObject... lines) {
    JsonObject body = new JsonObject().put("lineItems", new JsonArray(List.of((Object[]) lines)));
    if (resellerMpnId != null) {
      body.put("participants", new JsonArray().add(new JsonObject().put("key", "transaction_reseller").put("value", resellerMpnId)));
    }
    return body.encode();
  }

  TestPlatform.Reply createCart(String customerId, String body) {
    return platform.post("/v1/customers/" + customerId + "/carts", token, body);
  }

  TestPlatform.Reply checkout(String customerId, String cartId) {
    return platform.post("/v1/customers/" + customerId + "/carts/" + cartId + "/checkout", token, "");
  }

  /** A cart of one line, checked out; returns the checkout reply. */
  TestPlatform.Reply buy(String customerId, String resellerMpnId, JsonObject line) {
    TestPlatform.Reply cart = createCart(customerId, cart(resellerMpnId, line));
    assertEquals(201, cart.status(), cart::toString);
    return checkout(customerId, cart.json().getString("id"));
  }

  /** A new customer with one active, registered subscription: {customerId, subscriptionId}. */
  String[] newCustomer(String domain, String country) {
    TestPlatform.Reply customer = platform.post("/v1/customers", token, "{\"companyProfile\":{\"domain\":\"" + domain + "\"},"
        + "\"billingProfile\":{\"companyName\":\"" + domain + "\",\"defaultAddress\":{\"country\":\"" + country + "\"}}}");
    assertEquals(201, customer.status(), customer::toString);
    String customerId = customer.json().getString("id");
    TestPlatform.Reply subscription = platform.post("/v1/customers/" + customerId + "/subscriptions", token,
        "{\"friendlyName\":\"main\",\"origin\":\"csp\"}");
    String subscriptionId = subscription.json().getString("id");
    assertEquals(202, platform.post("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId + "/registrations", token, "").status());
    return new String[] {customerId, subscriptionId};
  }

  /** Buys one line and answers the new reservation's overview. */
  JsonObject reservation(String customerId, String subscriptionId, String catalogItemId, int quantity, String term, String scope) {
    return reservation(customerId, line(0, catalogItemId, quantity, term, subscriptionId, scope));
  }

  /** The same, paid monthly. */
  JsonObject monthlyReservation(String customerId, String subscriptionId, String catalogItemId, int quantity, String term) {
    JsonObject line = line(0, catalogItemId, quantity, term, subscriptionId, "Shared").put("billingPlan", "Monthly");
    line.remove("billingCycle");
    return reservation(customerId, line);
  }

  private JsonObject reservation(String customerId, JsonObject line) {
    TestPlatform.Reply bought = buy(customerId, null, line);
    assertEquals(201, bought.status(), bought::toString);
    String reservationOrderId = bought.json().getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0)
        .getString("reservationOrderId");
    List<JsonObject> reservations = platform.get("/v1/customers/" + customerId + "/reservations?reservationOrderId=" + reservationOrderId,
        token).items();
    assertEquals(1, reservations.size());
    return reservations.get(0);
  }

  static String path(String customerId, JsonObject reservation) {
    return "/v1/customers/" + customerId + "/reservationOrders/" + reservation.getString("reservationOrderId") + "/reservations/"
        + reservation.getString("id");
  }

  TestPlatform.Reply calculateRefund(String customerId, JsonObject reservation, int quantity) {
    return platform.post("/v1/customers/" + customerId + "/reservationOrders/" + reservation.getString("reservationOrderId")
        + "/calculateRefund", token, "{\"reservationToReturn\":{\"reservationId\":\"" + reservation.getString("id")
        + "\",\"quantity\":" + quantity + "}}");
  }

  TestPlatform.Reply returnWith(String customerId, JsonObject reservation, int quantity, String sessionId) {
    return platform.post("/v1/customers/" + customerId + "/reservationOrders/" + reservation.getString("reservationOrderId")
        + "/return", token, "{\"sessionId\":\"" + sessionId + "\",\"reservationToReturn\":{\"reservationId\":\""
        + reservation.getString("id") + "\",\"quantity\":" + quantity + "},\"returnReason\":\"no longer needed\"}");
  }

  static BigDecimal amount(JsonObject json, String field) {
    return new BigDecimal(json.getJsonObject(field).getValue("amount").toString());
  }

  static JsonObject lineError(TestPlatform.Reply cart, int line) {
    return cart.json().getJsonArray("lineItems").getJsonObject(line).getJsonObject("error");
  }
}
