package dev.rvi.domain.savingsplan;

/** A request a savings plan never grants (cancel, refund, exchange), answered with Microsoft's rule once the plan is found. */
public record SavingsPlanRefusal(String customerId, String savingsPlanId, String asked) {}
