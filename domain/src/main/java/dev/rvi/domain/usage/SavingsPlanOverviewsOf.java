package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.util.List;

/**
 * The aggregates of a page of one customer's savings plans, asked once for the page: each plan's facts, and the
 * customer's reservations in force over the last 30 days, which apply before any plan.
 */
public record SavingsPlanOverviewsOf(List<SavingsPlanFacts> plans, List<ReservationSpec> inForce) {}
