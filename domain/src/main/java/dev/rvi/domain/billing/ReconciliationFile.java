package dev.rvi.domain.billing;

/** An invoice's reconciliation lines as the CSV file partners download. */
public record ReconciliationFile(String csv) {}
