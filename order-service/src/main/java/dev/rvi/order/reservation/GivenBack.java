package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ChargeTiers;
import dev.rvi.order.tier.ExchangeCredits;
import dev.rvi.order.tier.TierCredit;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instances an exchange or a trade-in gives back, in its transaction: the reservations locked and checked to still hold
 * them, each reduced (its state once nothing is left), credited its value, its payments still to come cancelled, and a
 * revision naming the session that gave them back.
 */
public final class GivenBack {
  private GivenBack() {}

  /** Instances of one reservation, what they are credited, and a monthly reservation's payments they cancel. */
  public record Instances(String reservationId, int quantity, BigDecimal credit, List<RefundQuote.Payment> cancelledPayments,
                          List<TierCredit> tiers) {}

  /** {@code how}: the charge type and the revision's change ({@code exchange}, {@code tradeIn}); {@code state} once none is left. */
  public static Future<Void> write(SqlConnection conn, PartnerContext partner, Caller caller, String customerId, List<Instances> returns,
                                   String how, String state, String sessionField, String sessionId, OffsetDateTime at) {
    String[] ids = returns.stream().map(Instances::reservationId).toArray(String[]::new);
    return conn.preparedQuery(OrderSql.RESERVATIONS_OF_CUSTOMER_LOCK).execute(Tuple.of(ids, customerId, partner.id())).compose(locked -> {
      Map<String, Reservation> held = new HashMap<>();
      locked.forEach(row -> {
        Reservation r = ReservationMapper.of(row);
        held.put(r.id(), r);
      });
      Future<Void> chain = Future.succeededFuture();
      for (Instances ret : returns) {
        String id = ret.reservationId();
        int quantity = ret.quantity();
        Reservation r = held.get(id);
        if (r == null || r.quantity() < quantity) {
          throw Errors.conflict("order", "reservation " + id + " no longer holds " + quantity + " instances");
        }
        List<TierCredit> tiers = ret.tiers() != null ? ret.tiers() : ExchangeCredits.atMicrosoft(r, ret.credit(), ret.cancelledPayments());
        chain = chain
            .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_REDUCE).execute(Tuple.of(id, partner.id(), quantity, state)))
            .compose(v -> conn.preparedQuery(OrderSql.CREDIT_INSERT).execute(Tuple.of(id, how, quantity, ret.credit().negate(), at,
                ChargeTiers.json(ChargeTiers.credits(tiers, TierCredit::credit)))))
            .compose(v -> CancelledPayments.write(conn, id, quantity, ret.cancelledPayments(), tiers))
            .compose(v -> conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(id, partner.id(), caller.userId(), at, how,
                new JsonObject().put("quantity", r.quantity()).encode(),
                new JsonObject().put("quantity", r.quantity() - quantity).put(sessionField, sessionId)
                    .put("credit", ret.credit()).encode())))
            .mapEmpty();
      }
      return chain;
    });
  }
}
