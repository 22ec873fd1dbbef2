package dev.rvi.domain.order;

/** One agent's explicit access to a subscription. */
public record AgentAccessRef(String customerId, String subscriptionId, String userId) {}
