package dev.rvi.domain.order;

/**
 * One line of a cart as a partner writes it (Partner Center's lineItems entry, normalised). {@code resellerMpnId}
 * is the line's own {@code transaction_reseller} participant, which wins over the cart's; {@code billingPlan} is
 * {@code Upfront} (when absent) or {@code Monthly}.
 */
public record CartLineRequest(Integer id, String catalogItemId, Integer quantity, String billingCycle, String termDuration,
                              String subscriptionId, String scope, String duration, String resellerMpnId,
                              String billingPlan) {}
