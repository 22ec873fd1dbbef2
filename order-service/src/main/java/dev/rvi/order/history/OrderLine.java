package dev.rvi.order.history;

import java.math.BigDecimal;

/**
 * A line of an order: what was bought, how many, at what price, and the reservation order it made (a savings plan's: its
 * benefit order, with its hourly commitment).
 */
record OrderLine(String orderId, int lineNumber, String catalogItemId, String productId, String skuId, String friendlyName, String term,
                 int quantity, BigDecimal unitPrice, String currency, String reservationOrderId, BigDecimal hourlyCommitment,
                 String country) {}
