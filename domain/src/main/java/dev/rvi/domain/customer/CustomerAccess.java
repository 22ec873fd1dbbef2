package dev.rvi.domain.customer;

import java.util.List;

/**
 * What the caller may see of one of its partner's customers: every subscription (admin agents, billing admins, the
 * reseller of record), or only those a sales or helpdesk agent was given explicit access to.
 */
public record CustomerAccess(String customerId, boolean everySubscription, List<String> subscriptionIds) {
  public boolean allows(String subscriptionId) {
    return everySubscription || subscriptionIds.contains(subscriptionId);
  }
}
