package dev.rvi.domain.savingsplan;

/**
 * A change to a savings plan, Azure's PATCH: its name, its scope (Single with the subscription it applies to, or Shared)
 * and auto-renew. Absent fields stay as they are.
 */
public record SavingsPlanUpdate(String customerId, String savingsPlanId, String displayName, String appliedScopeType,
                                String appliedSubscriptionId, Boolean renew) {}
