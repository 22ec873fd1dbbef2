package dev.rvi.domain.usage;

import java.time.Instant;

/** Hourly utilization of one reservation over the whole hours [from, to); null from and to for the last 24 whole hours. */
public record ReservationHoursQuery(String customerId, String reservationOrderId, String reservationId, Instant from, Instant to) {}
