package dev.rvi.domain.customer;

/** One subscription of a customer. */
public record SubscriptionRef(String customerId, String subscriptionId) {}
