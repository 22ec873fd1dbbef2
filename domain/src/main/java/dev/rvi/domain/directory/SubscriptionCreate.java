package dev.rvi.domain.directory;

import java.util.List;

/**
 * A new Azure subscription of a customer. {@code origin} is csp, or transferredFromDirect /
 * transferredFromEA for one moved into CSP; {@code reservations} are ids someone tries to bring along
 * (they never transfer: 900145). {@code id} is never taken from a request; only the demo data names it.
 */
public record SubscriptionCreate(String id, String customerId, String friendlyName, String origin, List<String> reservations) {}
