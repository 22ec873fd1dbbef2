package dev.rvi.order.reservation;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;

/**
 * A refund at each tier's own price (the prices fixed on the order line when it was bought): what the partner that
 * bought from Microsoft credits its reseller or customer, and what that reseller credits its customer. Empty for a line
 * bought while no tier had a price list in force, where every tier's refund is Microsoft's. The fee and the refund limit
 * are Microsoft's and count only Microsoft's amounts.
 */
final class TierRefunds {
  private TierRefunds() {}

  static Future<JsonArray> of(SqlClient sql, RefundPolicy policy, Reservation r, int quantity, RefundQuote microsoft, Instant now) {
    return sql.preparedQuery(OrderSql.RESERVATION_TIERS).execute(Tuple.of(r.reservationOrderId())).map(rows -> {
      JsonArray out = new JsonArray();
      rows.forEach(row -> {
        TierPrice tier = TierPriceMapper.of(row);
        RefundQuote q = policy.atTierPrice(microsoft, tier.unitPrice(), quantity, r.effectiveAt(), r.expiresAt(), now, r.currency(),
            BillingPlan.valueOf(r.billingPlan()), Term.valueOf(r.term()));
        out.add(new JsonObject().put("level", tier.level()).put("sellerId", tier.sellerId()).put("buyerId", tier.buyerId())
            .put("unitPrice", tier.unitPrice()).put("purchaseValue", Amounts.of(q.purchaseValue(), r.currency()))
            .put("credit", Amounts.of(q.credit(), r.currency())).put("fee", Amounts.of(q.fee(), r.currency()))
            .put("refund", Amounts.of(q.refund(), r.currency()))
            .put("cancelledFuturePayments", Amounts.of(q.cancelledFuturePayments(), r.currency())));
      });
      return out;
    });
  }
}
