package dev.rvi.order.tier;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.commitment.Reservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an exchange or a trade-in credits each tier for returned instances: the prorated value of the days not used at
 * the price that tier paid, less a monthly reservation's payments still to come at that tier, which are cancelled.
 */
public final class ExchangeCredits {
  private ExchangeCredits() {}

  public static List<TierCredit> of(RefundPolicy policy, Reservation r, int quantity, List<TierPrice> fixed, Instant now) {
    return TierChain.of(fixed, r.partnerId(), r.resellerPartnerId(), r.customerId(), r.unitPrice()).stream().map(tier -> {
      RefundQuote q = policy.exchange(tier.unitPrice(), quantity, r.effectiveAt(), r.expiresAt(), now, BillingPlan.valueOf(r.billingPlan()),
          Term.valueOf(r.term()));
      return new TierCredit(tier.level(), tier.sellerId(), tier.buyerId(), q.credit(), q.cancelledPayments());
    }).toList();
  }

  /** A plan quoted before tiers were kept: every tier credits Microsoft's amounts. */
  public static List<TierCredit> atMicrosoft(Reservation r, BigDecimal credit, List<RefundQuote.Payment> cancelled) {
    return TierChain.of(List.of(), r.partnerId(), r.resellerPartnerId(), r.customerId(), r.unitPrice()).stream()
        .map(tier -> new TierCredit(tier.level(), tier.sellerId(), tier.buyerId(), credit, cancelled)).toList();
  }
}
