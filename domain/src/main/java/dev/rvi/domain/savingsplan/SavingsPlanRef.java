package dev.rvi.domain.savingsplan;

/** One savings plan of a customer. */
public record SavingsPlanRef(String customerId, String savingsPlanId) {}
