package dev.rvi.domain.reservation;

/** A reservation as a request names it: its customer, its reservation order and its own id. */
public record ReservationRef(String customerId, String reservationOrderId, String reservationId) {}
