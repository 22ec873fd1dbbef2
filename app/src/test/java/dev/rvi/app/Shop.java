package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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

  static JsonObject lineError(TestPlatform.Reply cart, int line) {
    return cart.json().getJsonArray("lineItems").getJsonObject(line).getJsonObject("error");
  }
}
