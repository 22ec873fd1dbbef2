package dev.rvi.domain.reservation;

/** One user's role assignment on a reservation. */
public record RoleAssignmentRef(String customerId, String reservationOrderId, String reservationId, String userId) {}
