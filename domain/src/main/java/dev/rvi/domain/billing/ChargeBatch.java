package dev.rvi.domain.billing;

import java.util.List;

/** A batch of the outbox's charges, in the order they were written. */
public record ChargeBatch(List<ChargeEvent> charges) {}
