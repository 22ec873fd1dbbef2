package dev.rvi.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's unit price at each tier, as the caller may see it: its own cost, the price it charges the next tier, and
 * for an indirect provider that knows the reseller, the reseller's price to its customer. Each is rounded once by the
 * list of its tier ({@link PriceBook}).
 */
public record TierPrices(BigDecimal cost, BigDecimal price, BigDecimal customerPrice) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

  /**
   * A savings plan's total after each tier. The buyer names the commitment, so no fixed price applies: each tier adds
   * its percent to the total of the tier below, rounded once, half-even to the currency's minor unit, as a book rounds.
   */
  public static List<BigDecimal> commitment(BigDecimal microsoftTotal, List<BigDecimal> percents, String currency) {
    int digits = PriceBook.minorDigits(currency);
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal level = microsoftTotal;
    for (BigDecimal percent : percents) {
      level = level.multiply(HUNDRED.add(percent)).divide(HUNDRED).setScale(digits, RoundingMode.HALF_EVEN);
      out.add(level);
    }
    return out;
  }

  public BigDecimal margin() {
    return price.subtract(cost);
  }
}
