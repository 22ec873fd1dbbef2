package dev.rvi.catalog.price;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;

/**
 * One reservation price in force, with the pay-as-you-go hourly price of the same size and region and the savings plan's
 * hourly rate for them over the same term (each null when the sheet has none).
 */
public record IndexedPrice(String currency, String productId, String skuId, String armSkuName, String armRegionName,
                           String regionDisplay, String series, Integer cores, BigDecimal flexRatio, Term term,
                           BigDecimal unitPrice, BigDecimal paygHourly, BigDecimal savingsPlanHourly) {}
