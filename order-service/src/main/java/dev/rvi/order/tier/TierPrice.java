package dev.rvi.order.tier;

import java.math.BigDecimal;

/**
 * One tier's unit price of an order line: level 1 is what the partner that bought from Microsoft charges the next tier
 * (its reseller, or its customer), level 2 what that reseller charges the customer.
 */
public record TierPrice(int level, String sellerId, String buyerId, BigDecimal unitPrice) {}
