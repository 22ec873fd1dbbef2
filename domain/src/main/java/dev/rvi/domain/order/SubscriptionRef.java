package dev.rvi.domain.order;

/** One subscription of a customer. */
public record SubscriptionRef(String customerId, String subscriptionId) {}
