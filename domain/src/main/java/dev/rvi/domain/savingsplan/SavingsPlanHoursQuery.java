package dev.rvi.domain.savingsplan;

import java.time.Instant;

/** Hourly utilization of one savings plan over the whole hours [from, to); null from and to for the last 24 whole hours. */
public record SavingsPlanHoursQuery(String customerId, String savingsPlanId, Instant from, Instant to) {}
