package dev.rvi.domain.reservation;

/** Archive ({@code archived} true) or unarchive a reservation that is no longer in force, as Azure's archive does. */
public record ReservationArchive(String customerId, String reservationOrderId, String reservationId, boolean archived) {}
