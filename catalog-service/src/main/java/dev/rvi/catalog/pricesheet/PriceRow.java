package dev.rvi.catalog.pricesheet;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One accepted price-sheet row, resolved against the reference data. A Reservation row's price is
 * for the whole term, upfront; a Consumption row's price is PAYG per hour.
 */
public record PriceRow(
    String currency, String armSkuName, String armRegionName, String type, Term term, BigDecimal unitPrice,
    Instant effectiveStart, String productId, String skuId, String series, BigDecimal flexRatio, Integer cores,
    BigDecimal memoryGib, String regionDisplay, String productName, String skuName, String meterId) {

  public static final String CONSUMPTION = "Consumption";
  public static final String RESERVATION = "Reservation";

  /** The key under which a later row supersedes an earlier one. */
  public String key() {
    return currency + "|" + type + "|" + armSkuName.toLowerCase() + "|" + armRegionName + "|"
        + (term == null ? "" : term.name()) + "|" + effectiveStart;
  }
}
