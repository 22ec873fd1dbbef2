package dev.rvi.catalog.pricesheet;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One accepted price-sheet row, resolved against the reference data. A Reservation row's price is
 * for the whole term, upfront; a Consumption row's price is PAYG per hour; a SavingsPlan row's price is the
 * savings plan's hourly rate for the size over its term (Azure's {@code Compute_Savings_Plan}).
 */
public record PriceRow(
    String currency, String armSkuName, String armRegionName, String type, Term term, BigDecimal unitPrice,
    Instant effectiveStart, String productId, String skuId, String series, BigDecimal flexRatio, Integer cores,
    BigDecimal memoryGib, String regionDisplay, String productName, String skuName, String meterId) {

  public static final String CONSUMPTION = "Consumption";
  public static final String RESERVATION = "Reservation";
  public static final String SAVINGS_PLAN = "SavingsPlan";

  /** The savings plan's hourly rate for this Consumption row's size and region, from the same date. */
  PriceRow savingsPlan(Term planTerm, BigDecimal hourlyRate) {
    return new PriceRow(currency, armSkuName, armRegionName, SAVINGS_PLAN, planTerm, hourlyRate, effectiveStart, productId, skuId, series,
        flexRatio, cores, memoryGib, regionDisplay, productName, skuName, meterId);
  }

  /** The key under which a later row supersedes an earlier one. */
  public String key() {
    return currency + "|" + type + "|" + armSkuName.toLowerCase() + "|" + armRegionName + "|"
        + (term == null ? "" : term.name()) + "|" + effectiveStart;
  }
}
