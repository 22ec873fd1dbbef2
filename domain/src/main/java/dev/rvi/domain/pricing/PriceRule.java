package dev.rvi.domain.pricing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A markup (or, below zero, a discount) in percent over the owner's cost, for the items it narrows to: a product kind
 * ({@code reservation}, {@code savingsPlan}), a series (flexibility group), a region and a term, each optional.
 */
public record PriceRule(BigDecimal percent, String productKind, String series, String armRegionName, String term) {
  public static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-100);
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

  public boolean matches(PricedItem item) {
    return matches(item, series == null ? null : PricedItem.seriesKey(series), PricedItem.seriesKey(item.series()));
  }

  /** The same with both series already made keys ({@link PricedItem#seriesKey}), as a book does once per rule and item. */
  boolean matches(PricedItem item, String seriesKey, String itemSeriesKey) {
    return (productKind == null || productKind.equalsIgnoreCase(item.productKind()))
        && (seriesKey == null || seriesKey.equals(itemSeriesKey))
        && (armRegionName == null || armRegionName.equalsIgnoreCase(item.armRegionName()))
        && (term == null || term.equalsIgnoreCase(item.term()));
  }

  /** How many fields narrow the rule: the most specific matching rule is the one that prices an item. */
  public int specificity() {
    return (productKind == null ? 0 : 1) + (series == null ? 0 : 1) + (armRegionName == null ? 0 : 1) + (term == null ? 0 : 1);
  }

  public String describe() {
    StringBuilder out = new StringBuilder(percent.toPlainString()).append(" %");
    if (productKind != null || series != null || armRegionName != null || term != null) {
      out.append(" on");
      for (String s : new String[] {productKind, series, armRegionName, term}) {
        if (s != null) {
          out.append(' ').append(s.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out.toString();
  }
}
