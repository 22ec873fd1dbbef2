package dev.rvi.order.history;

import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one tier sees of a line's prices: its own cost (the price of the tier above, Microsoft's for the partner that
 * bought from Microsoft) and its price to the next tier, and for a provider the reseller's price to the customer. A
 * reseller's line shows its cost as the unit price: it never sees Microsoft's.
 */
final class TierView {
  private TierView() {}

  /** The unit price the viewer sees the line at: its cost. */
  static BigDecimal unitPrice(BigDecimal microsoft, List<LineTier> tiers, String viewerId) {
    int level = levelOf(tiers, viewerId);
    return level <= 1 ? microsoft : tiers.get(level - 2).unitPrice();
  }

  static JsonObject of(JsonObject line, BigDecimal microsoft, List<LineTier> tiers, String viewerId, int quantity) {
    int level = levelOf(tiers, viewerId);
    if (tiers.isEmpty() || level == 0) {
      return line;
    }
    BigDecimal cost = level == 1 ? microsoft : tiers.get(level - 2).unitPrice();
    BigDecimal price = tiers.get(level - 1).unitPrice();
    BigDecimal q = BigDecimal.valueOf(quantity);
    JsonObject prices = new JsonObject().put("cost", Decimals.display(cost)).put("price", Decimals.display(price))
        .put("costSubtotal", Decimals.cents(cost.multiply(q))).put("priceSubtotal", Decimals.cents(price.multiply(q)));
    if (tiers.size() > level) {
      BigDecimal customer = tiers.get(level).unitPrice();
      prices.put("customerPrice", Decimals.display(customer)).put("customerSubtotal", Decimals.cents(customer.multiply(q)));
    }
    return line.put("unitPrice", Decimals.display(cost)).put("subtotal", Decimals.cents(cost.multiply(q))).put("prices", prices);
  }

  /** The level the viewer sells at (1: bought from Microsoft, 2: a reseller), or 0 when it sells none of the line. */
  private static int levelOf(List<LineTier> tiers, String viewerId) {
    for (LineTier t : tiers) {
      if (t.sellerId().equals(viewerId)) {
        return t.level();
      }
    }
    return 0;
  }
}
