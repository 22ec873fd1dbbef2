package dev.rvi.order.commitment;

import java.time.Instant;

/** A user's role on one reservation (Reader or Administrator), and who granted it when. */
public record ReservationRole(String reservationId, String userId, String role, String grantedBy, Instant grantedAt) {}
