package dev.rvi.order.history;

import java.math.BigDecimal;

/** One tier's unit price of an order line, fixed at purchase: what {@code sellerId} charges {@code buyerId}. */
record LineTier(String orderId, int lineNumber, int level, String sellerId, String buyerId, BigDecimal unitPrice, String currency) {}
