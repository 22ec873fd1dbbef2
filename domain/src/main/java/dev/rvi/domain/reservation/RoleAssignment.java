package dev.rvi.domain.reservation;

/** Reader or Administrator on one reservation, for one partner user. */
public record RoleAssignment(String customerId, String reservationOrderId, String reservationId, String userId, String role) {}
