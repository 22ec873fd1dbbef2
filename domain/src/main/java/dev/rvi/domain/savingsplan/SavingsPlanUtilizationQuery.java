package dev.rvi.domain.savingsplan;

import java.time.LocalDate;

/** Daily utilization of one savings plan between two dates (inclusive; null for the last 30 days). */
public record SavingsPlanUtilizationQuery(String customerId, String savingsPlanId, LocalDate from, LocalDate to) {}
