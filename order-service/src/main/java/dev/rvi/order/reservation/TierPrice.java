package dev.rvi.order.reservation;

import java.math.BigDecimal;

/** One tier's unit price of the order line a reservation was bought on. */
record TierPrice(int level, String sellerId, String buyerId, BigDecimal unitPrice) {}
