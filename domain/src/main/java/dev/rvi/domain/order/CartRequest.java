package dev.rvi.domain.order;

import java.util.List;

/**
 * A cart to create (no cartId) or replace (review: quantities, scopes, subscriptions). {@code resellerMpnId}
 * is the {@code transaction_reseller} participant, the partner of record an indirect provider names.
 */
public record CartRequest(String customerId, String cartId, List<CartLineRequest> lineItems, String resellerMpnId) {}
