package dev.rvi.order.cart;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A cart as Partner Center shows it: Active, Expired or Ordered, with its lines and its reseller participant. */
final class CartView {
  private CartView() {}

  static JsonObject of(Cart cart, List<CartLine> lines, Instant now) {
    JsonArray items = new JsonArray();
    lines.forEach(l -> items.add(l.view()));
    JsonArray participants = new JsonArray();
    if (cart.resellerMpnId() != null) {
      participants.add(new JsonObject().put("key", "transaction_reseller").put("value", cart.resellerMpnId()));
    }
    String status = cart.submitted() ? "Ordered" : cart.expiredAt(now) ? "Expired" : "Active";
    return new JsonObject()
        .put("id", cart.id())
        .put("customerId", cart.customerId())
        .put("creationTimestamp", cart.createdAt().toString())
        .put("lastModifiedTimestamp", cart.updatedAt().toString())
        .put("expirationTimestamp", cart.expiresAt().toString())
        .put("lastModifiedUser", cart.createdBy())
        .put("status", status)
        .put("lineItems", items)
        .put("participants", participants)
        .put("attributes", new JsonObject().put("objectType", "Cart"));
  }
}
