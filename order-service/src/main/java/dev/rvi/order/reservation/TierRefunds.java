package dev.rvi.order.reservation;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.tier.TierChain;
import dev.rvi.order.tier.TierCredit;
import dev.rvi.order.tier.TierPrice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A refund at each tier's own price (the prices fixed on the order line when it was bought): what the partner that
 * bought from Microsoft credits its reseller or customer, and what that reseller credits its customer. A line bought
 * while no tier had a price list in force refunds every tier Microsoft's amounts, and its quote shows no tiers. The fee
 * and the refund limit are Microsoft's and count only Microsoft's amounts.
 */
final class TierRefunds {
  private TierRefunds() {}

  /** Each tier's quote, and whether the order line fixed tier prices (then the client is shown them). */
  record Quotes(List<TierPrice> chain, List<RefundQuote> quotes, boolean fixed) {
    List<TierCredit> credits() {
      return IntStream.range(0, chain.size()).mapToObj(i -> new TierCredit(chain.get(i).level(), chain.get(i).sellerId(),
          chain.get(i).buyerId(), quotes.get(i).refund(), quotes.get(i).cancelledPayments())).toList();
    }

    JsonArray view(String currency) {
      JsonArray out = new JsonArray();
      if (!fixed) {
        return out;
      }
      for (int i = 0; i < chain.size(); i++) {
        TierPrice tier = chain.get(i);
        RefundQuote q = quotes.get(i);
        out.add(new JsonObject().put("level", tier.level()).put("sellerId", tier.sellerId()).put("buyerId", tier.buyerId())
            .put("unitPrice", tier.unitPrice()).put("purchaseValue", Amounts.of(q.purchaseValue(), currency))
            .put("credit", Amounts.of(q.credit(), currency)).put("fee", Amounts.of(q.fee(), currency))
            .put("refund", Amounts.of(q.refund(), currency))
            .put("cancelledFuturePayments", Amounts.of(q.cancelledFuturePayments(), currency)));
      }
      return out;
    }
  }

  static Future<Quotes> of(SqlClient sql, RefundPolicy policy, Reservation r, int quantity, RefundQuote microsoft, Instant now) {
    return TierChain.fixed(sql, List.of(r.reservationOrderId())).map(fixed -> {
      List<TierPrice> stored = fixed.getOrDefault(r.reservationOrderId(), List.of());
      List<TierPrice> chain = TierChain.of(stored, r.partnerId(), r.resellerPartnerId(), r.customerId(), r.unitPrice());
      List<RefundQuote> quotes = chain.stream().map(tier -> policy.atTierPrice(microsoft, tier.unitPrice(), quantity, r.effectiveAt(),
          r.expiresAt(), now, r.currency(), BillingPlan.valueOf(r.billingPlan()), Term.valueOf(r.term()))).toList();
      return new Quotes(chain, quotes, !stored.isEmpty());
    });
  }
}
