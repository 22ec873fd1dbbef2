package dev.rvi.domain.savingsplan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trade-in of VM reservations for a new savings plan: first a quote (the reservations, the plan's term, billing plan,
 * scope and, optionally, its hourly commitment — by default the smallest the credit allows), then the trade-in itself
 * with the quote's {@code sessionId}, once ({@code externalKey}: the support request that asked for it).
 */
public record TradeInRequest(String customerId, List<Return> reservationsToReturn, String term, String billingPlan,
                             BigDecimal hourlyCommitment, String appliedScopeType, String subscriptionId, String displayName,
                             String sessionId, String externalKey) {

  /** Instances of one reservation to give back; all of them when {@code quantity} is absent. */
  public record Return(String reservationOrderId, String reservationId, Integer quantity) {}
}
