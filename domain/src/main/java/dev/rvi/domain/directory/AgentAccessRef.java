package dev.rvi.domain.directory;

/** One agent's explicit access to a subscription. */
public record AgentAccessRef(String customerId, String subscriptionId, String userId) {}
