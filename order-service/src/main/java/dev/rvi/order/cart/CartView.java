package dev.rvi.order.cart;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A cart as Partner Center shows it: Active, Expired or Ordered, with its lines and its reseller participant. */
final class CartView {
  private CartView() {}

  /** A line as written, with the prices it was checked at (null: none to show). */
  record Shown(CartLine line, CartLinePrices prices) {}

  static JsonObject of(Cart cart, List<Shown> lines, Instant now) {
    JsonArray items = new JsonArray();
    for (Shown l : lines) {
      JsonObject item = l.line().view();
      if (l.prices() != null) {
        item.put("prices", CartLinePricesView.of(l.prices(), l.line().quantity()));
      }
      items.add(item);
    }
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
