package dev.rvi.domain.catalog;

import java.math.BigDecimal;

/**
 * A flexibility group's prices in a region and term, per ratio-1 unit: the reservation's price for the
 * term and the pay-as-you-go price of an hour, which sizing advice compares.
 */
public record GroupPrices(String armSkuName, BigDecimal ratio, BigDecimal reservationPricePerUnit, BigDecimal paygHourlyPerUnit,
                          String currencyCode, boolean purchasable) {}
