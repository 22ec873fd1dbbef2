package dev.rvi.domain.usage;

import java.time.Instant;

/** The usage service asks the order service: the customer's reservations in force in a window (one region, or all). */
public record InForceQuery(String customerId, String region, Instant from, Instant to) {}
