package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily utilization of a reservation the order service has checked the caller may read: the reservation, the window
 * asked for (null for the last 30 days) and the reservations in force around it, so the usage service need not ask.
 */
public record UtilizationOf(ReservationFacts reservation, LocalDate from, LocalDate to, List<ReservationSpec> inForce) {}
