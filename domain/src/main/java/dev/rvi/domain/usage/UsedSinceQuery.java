package dev.rvi.domain.usage;

import java.time.Instant;

/** Whether VMs the reservation could cover ran between two instants. */
public record UsedSinceQuery(ReservationFacts reservation, Instant from, Instant to) {}
