package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.time.Instant;
import java.util.List;

/**
 * Hourly utilization of a savings plan the order service has checked the caller may read: the plan, the whole hours
 * [from, to) (at most 7 days) and the customer's reservations in force over them, which apply before the plan.
 */
public record SavingsPlanHoursOf(SavingsPlanFacts plan, Instant from, Instant to, List<ReservationSpec> inForce) {}
