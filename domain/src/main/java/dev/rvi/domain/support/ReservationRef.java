package dev.rvi.domain.support;

/** A reservation as a support request names it: its customer, its order and its own id. */
public record ReservationRef(String customerId, String reservationOrderId, String reservationId) {}
