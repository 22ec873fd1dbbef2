package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily utilization of a savings plan the order service has checked the caller may read: the plan, the window asked for
 * (null for the last 30 days) and the customer's reservations in force, which apply before the plan, so the usage
 * service need not ask.
 */
public record SavingsPlanUtilizationOf(SavingsPlanFacts plan, LocalDate from, LocalDate to, List<ReservationSpec> inForce) {}
