package dev.rvi.order.savingsplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A savings plan for compute as the order service holds it: its hourly commitment, term and billing plan, where its
 * benefit applies, its dates, renewal and state, the order it was bought on, the reservations traded in for it, and
 * the plans it renewed and that renew it.
 */
public record SavingsPlan(String id, String savingsPlanOrderId, String partnerId, String customerId, String subscriptionId,
                          String appliedScopeType, String appliedSubscription, String displayName, String catalogItemId, String productId,
                          String skuId, BigDecimal hourlyCommitment, String currency, String term, String billingPlan, Instant effectiveAt,
                          Instant expiresAt, boolean renew, String provisioningState, String partnerIdOnRecord, String resellerPartnerId,
                          String orderId, int lineNumber, List<String> tradedIn, String renewedFrom, String renewedBy, Instant createdAt) {}
