package dev.rvi.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's unit price at each tier, as the caller may see it: its own cost, the price it charges the next tier, and
 * for an indirect provider that knows the reseller, the reseller's price to its customer. Each is rounded once by the
 * list of its tier ({@link PriceBook}).
 */
public record TierPrices(BigDecimal cost, BigDecimal price, BigDecimal customerPrice) {

  /**
   * Prices Microsoft's unit price through the books (one per tier, null where a tier has no list in force: it
   * passes its cost on) and keeps the caller's part.
   */
  public static TierPrices of(PricedItem item, BigDecimal microsoft, List<PriceBook> books, int costLevel) {
    BigDecimal[] levels = new BigDecimal[books.size() + 1];
    levels[0] = microsoft;
    for (int i = 0; i < books.size(); i++) {
      PriceBook book = books.get(i);
      levels[i + 1] = book == null ? levels[i] : book.price(item, levels[i]);
    }
    BigDecimal cost = levels[costLevel];
    BigDecimal price = levels.length > costLevel + 1 ? levels[costLevel + 1] : cost;
    BigDecimal customer = levels.length > costLevel + 2 ? levels[costLevel + 2] : null;
    return new TierPrices(cost, price, customer);
  }

  /** The unit price after each tier, Microsoft's excluded: what an order line keeps. */
  public static List<BigDecimal> levels(PricedItem item, BigDecimal microsoft, List<PriceBook> books) {
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal level = microsoft;
    for (PriceBook book : books) {
      level = book == null ? level : book.price(item, level);
      out.add(level);
    }
    return out;
  }

  public BigDecimal margin() {
    return price.subtract(cost);
  }
}
