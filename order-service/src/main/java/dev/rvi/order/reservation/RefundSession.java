package dev.rvi.order.reservation;

import java.time.Instant;

/** A row of {@code orders.refund_session}: the reservation and quantity quoted, until when, and the refund once made. */
record RefundSession(String reservationOrderId, String reservationId, int quantity, Instant expiresAt, String refundId) {}
