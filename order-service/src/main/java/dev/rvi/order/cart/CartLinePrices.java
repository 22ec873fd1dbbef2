package dev.rvi.order.cart;

import dev.rvi.domain.catalog.SavingsPlanCommitment;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a cart line costs at each tier when it was checked: Microsoft's unit price (for a savings plan, its total) and
 * each tier's price after it. Checkout prices the line again from the lists of its day; these are what the cart shows.
 */
record CartLinePrices(BigDecimal microsoft, List<BigDecimal> tiers) {

  /** The prices of a checked line, or null when it has none to show (refused, or no list in force). */
  static CartLinePrices of(LineChecks.Checked c) {
    if (c.line().hasError()) {
      return null;
    }
    if (c.plan() != null) {
      BigDecimal total = SavingsPlanCommitment.total(c.line().commitment(), c.line().term());
      List<BigDecimal> tiers = c.plan().tierTotals(total);
      return tiers == null ? null : new CartLinePrices(total, tiers);
    }
    return c.item() == null || c.item().tierPrices() == null ? null : new CartLinePrices(c.item().unitPrice(), c.item().tierPrices());
  }
}
