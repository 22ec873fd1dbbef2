package dev.rvi.order.exchange;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.catalog.PlannedItem;
import dev.rvi.order.tier.TierCredit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An exchange quote: what each returned reservation gives back, what each purchase costs, and what the policy says.
 * Its session stores it with the partner of record the new reservations take over; the client is shown it without.
 */
public record ExchangePlan(String sessionId, Money refundsTotal, Money purchasesTotal, Money netPayable, Instant validUntil,
                           List<Return> reservationsToExchange, List<Purchase> reservationsToPurchase, PolicyResult policyResult,
                           OnRecord partnerOfRecord) {

  /**
   * Instances given back: their prorated value, a monthly reservation's payments still to come, cancelled, and each
   * tier's own credit (none in a plan of an earlier version: every tier credits Microsoft's amounts).
   */
  public record Return(String reservationId, String reservationOrderId, int quantity, String skuName, BigDecimal refundAmount,
                       List<RefundQuote.Payment> cancelledPayments, List<TierCredit> tierCredits) {
    public List<RefundQuote.Payment> cancelledPayments() {
      return cancelledPayments == null ? List.of() : cancelledPayments;
    }
  }

  /** A new reservation bought with the returned value (plans of earlier versions have no billing plan: upfront). */
  public record Purchase(PlannedItem item, int quantity, String subscriptionId, String scope, BigDecimal amount,
                         BillingPlan billingPlan) {
    public BillingPlan billingPlan() {
      return billingPlan == null ? BillingPlan.Upfront : billingPlan;
    }
  }

  public record PolicyResult(List<RefundQuote.PolicyError> policyErrors) {}

  public record OnRecord(String mpnId, String resellerPartnerId) {}

  public List<RefundQuote.PolicyError> policyErrors() {
    return policyResult.policyErrors();
  }

  /** What the client is shown: the plan without its partner of record. */
  public ExchangePlan quote() {
    return new ExchangePlan(sessionId, refundsTotal, purchasesTotal, netPayable, validUntil, reservationsToExchange,
        reservationsToPurchase, policyResult, null);
  }
}
