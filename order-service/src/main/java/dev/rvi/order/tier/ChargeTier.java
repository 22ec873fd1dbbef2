package dev.rvi.order.tier;

import java.math.BigDecimal;

/** What one tier's seller charges (positive) or credits (negative) its buyer for a charge of Microsoft's. */
public record ChargeTier(int level, String sellerId, String buyerId, BigDecimal amount) {}
