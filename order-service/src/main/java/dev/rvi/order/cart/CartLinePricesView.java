package dev.rvi.order.cart;

import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A cart line's prices as its owner sees them. A cart belongs to the partner that buys from Microsoft, so its cost is
 * Microsoft's price, its price the first tier's, and for a provider the reseller's price to the customer after it.
 */
final class CartLinePricesView {
  private CartLinePricesView() {}

  static JsonObject of(CartLinePrices p, int quantity) {
    BigDecimal q = BigDecimal.valueOf(quantity);
    BigDecimal price = p.tiers().get(0);
    JsonObject view = new JsonObject().put("cost", Decimals.display(p.microsoft())).put("price", Decimals.display(price))
        .put("costSubtotal", Decimals.cents(p.microsoft().multiply(q))).put("priceSubtotal", Decimals.cents(price.multiply(q)));
    if (p.tiers().size() > 1) {
      BigDecimal customer = p.tiers().get(1);
      view.put("customerPrice", Decimals.display(customer)).put("customerSubtotal", Decimals.cents(customer.multiply(q)));
    }
    return view;
  }
}
