package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.time.Instant;
import java.util.List;

/**
 * Hourly utilization of a reservation the order service has checked the caller may read: the reservation, the whole
 * hours [from, to) (at most 7 days) and the reservations in force around them.
 */
public record ReservationHoursOf(ReservationFacts reservation, Instant from, Instant to, List<ReservationSpec> inForce) {}
