package dev.rvi.domain.savingsplan;

/** A page of a partner's savings plans across its customers, oldest first: optionally those of one savings plan order. */
public record SavingsPlanFilter(String savingsPlanOrderId, Integer size, Integer offset) {}
