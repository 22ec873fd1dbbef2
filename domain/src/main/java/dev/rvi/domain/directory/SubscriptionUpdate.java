package dev.rvi.domain.directory;

/** A change of a subscription's status (active, suspended, deleted) or name. */
public record SubscriptionUpdate(String customerId, String subscriptionId, String status, String friendlyName) {}
