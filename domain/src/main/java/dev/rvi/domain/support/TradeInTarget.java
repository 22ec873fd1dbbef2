package dev.rvi.domain.support;

import java.math.BigDecimal;

/**
 * The savings plan a trade-in request asks for: its term, billing plan, scope and the subscription it is billed to; an
 * hourly commitment, or none for the smallest the reservations' credit allows.
 */
public record TradeInTarget(String term, String billingPlan, String appliedScopeType, String subscriptionId, BigDecimal hourlyCommitment) {}
