package dev.rvi.domain.order;

/** One line of a cart as a partner writes it (Partner Center's lineItems entry, normalised). */
public record CartLineRequest(Integer id, String catalogItemId, Integer quantity, String billingCycle, String termDuration,
                              String subscriptionId, String scope, String duration) {}
