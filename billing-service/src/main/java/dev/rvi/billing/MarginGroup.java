package dev.rvi.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Revenue and cost of the caller's sales in one currency, in total or for one reseller, customer, month, product kind or
 * series ({@link By}). Margin is revenue less cost; its percent of revenue is rounded half up to two places, and is
 * none when nothing was earned.
 */
record MarginGroup(String currency, By by, String resellerId, String resellerMpnId, String customerId, String customerName, String month,
                   String productKind, String series, BigDecimal revenue, BigDecimal cost, long lines) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What a group is by, from SQL's {@code GROUPING(reseller_id, customer_id, month, product_kind, series)}. */
  enum By {
    TOTAL(31), RESELLER(15), CUSTOMER(23), MONTH(27), PRODUCT_KIND(29), SERIES(30);

    private final int grouping;

    By(int grouping) {
      this.grouping = grouping;
    }

    static By of(int grouping) {
      for (By by : values()) {
        if (by.grouping == grouping) {
          return by;
        }
      }
      throw new IllegalStateException("no margin grouping " + grouping);
    }
  }

  BigDecimal margin() {
    return revenue.subtract(cost);
  }

  BigDecimal marginPercent() {
    return revenue.signum() == 0 ? null : margin().multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_UP);
  }

  static MarginGroup empty(String currency, String month) {
    return new MarginGroup(currency, By.MONTH, null, null, null, null, month, null, null, BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2), 0);
  }
}
