package dev.rvi.domain.usage;

import java.util.List;

/** A batch of the order service's reservation changes, in the order they were made. */
public record ReservationChanges(List<ReservationChange> changes) {}
