package dev.rvi.order.savingsplan;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.tier.TierCredit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A trade-in's quote: what each returned reservation is credited (its prorated remaining value, no fee), the new plan,
 * and the smallest hourly commitment whose total over the term covers the credit. Its session stores it with the plan's
 * catalog item and the partner of record the plan takes over; the client is shown it without.
 */
public record TradeInPlan(String sessionId, Money credit, BigDecimal minimumHourlyCommitment, Money hourlyCommitment,
                          Money totalCommitment, Money netPayable, Instant validUntil, List<Return> reservationsToReturn, NewPlan savingsPlan,
                          SavingsPlanItem item, OnRecord partnerOfRecord) {

  /** Instances given back: their credit, and a monthly reservation's payments still to come, cancelled. */
  public record Return(String reservationId, String reservationOrderId, int quantity, String skuName, BigDecimal credit,
                       List<RefundQuote.Payment> cancelledPayments, List<TierCredit> tierCredits) {}

  /** The plan the credit buys. */
  public record NewPlan(String catalogItemId, String term, BillingPlan billingPlan, String appliedScopeType, String subscriptionId,
                        String displayName) {}

  public record OnRecord(String mpnId, String resellerPartnerId) {}

  /** What the client is shown. */
  public TradeInPlan quote() {
    return new TradeInPlan(sessionId, credit, minimumHourlyCommitment, hourlyCommitment, totalCommitment, netPayable, validUntil,
        reservationsToReturn, savingsPlan, null, null);
  }
}
