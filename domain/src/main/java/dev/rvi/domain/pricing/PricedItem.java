package dev.rvi.domain.pricing;

import java.util.Locale;

/** What a price rule looks at in a catalog item. */
public record PricedItem(String catalogItemId, String productKind, String series, String armRegionName, String term) {
  public static final String RESERVATION = "reservation";
  public static final String SAVINGS_PLAN = "savingsPlan";

  /** "Dsv5 Series", "dsv5" and "DSv5 series" name one series. */
  static String seriesKey(String series) {
    if (series == null) {
      return "";
    }
    String lower = series.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(" series") ? lower.substring(0, lower.length() - 7).trim() : lower;
  }
}
