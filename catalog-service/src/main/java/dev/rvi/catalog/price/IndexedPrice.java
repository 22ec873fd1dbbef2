package dev.rvi.catalog.price;

import dev.rvi.domain.catalog.Term;
import java.math.BigDecimal;

/** One reservation price in force, with the pay-as-you-go hourly price of the same size and region (or null). */
public record IndexedPrice(String currency, String productId, String skuId, String armSkuName, String armRegionName,
                           String regionDisplay, String series, Integer cores, BigDecimal flexRatio, Term term,
                           BigDecimal unitPrice, BigDecimal paygHourly) {}
