package dev.rvi.order.cart;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;

/** The one mapping of {@code orders.cart_line.prices}, both ways. */
final class CartLinePricesMapper {
  private CartLinePricesMapper() {}

  static CartLinePrices of(Row row) {
    Object json = row.getValue("prices");
    if (!(json instanceof JsonObject prices)) {
      return null;
    }
    return new CartLinePrices(new BigDecimal(prices.getString("microsoft")),
        prices.getJsonArray("tiers").stream().map(t -> new BigDecimal(t.toString())).toList());
  }

  static JsonObject json(CartLinePrices prices) {
    if (prices == null) {
      return null;
    }
    return new JsonObject().put("microsoft", prices.microsoft().toPlainString())
        .put("tiers", new JsonArray(prices.tiers().stream().map(BigDecimal::toPlainString).toList()));
  }
}
