package dev.rvi.domain.reservation;

/**
 * A refund quote ({@code calculateRefund}: no session) or its execution ({@code return}: the quote's
 * session). {@code externalKey} makes execution idempotent across services, e.g. a support request id.
 */
public record RefundRequest(String customerId, String reservationOrderId, String reservationId, Integer quantity, String sessionId,
                            String returnReason, String externalKey) {}
