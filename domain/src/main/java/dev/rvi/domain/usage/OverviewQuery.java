package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.util.List;

/**
 * A reservation's overview, asked by the order service with the customer's reservations in force in the
 * reservation's region over the last month, so the usage service need not ask for them back.
 */
public record OverviewQuery(ReservationFacts reservation, List<ReservationSpec> inForce) {}
