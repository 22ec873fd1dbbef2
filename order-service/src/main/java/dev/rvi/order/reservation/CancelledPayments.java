package dev.rvi.order.reservation;

import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ChargeTiers;
import dev.rvi.order.tier.TierCredit;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly reservation's payments still to come, cancelled by a refund or an exchange: a credit per payment, dated
 * at its month, so that month's invoice nets out; each tier's credit is its own payment of that month.
 */
final class CancelledPayments {
  private CancelledPayments() {}

  static Future<Void> write(SqlConnection conn, String reservationId, int quantity, List<RefundQuote.Payment> payments,
                            List<TierCredit> tiers) {
    if (payments.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = new ArrayList<>();
    for (int k = 0; k < payments.size(); k++) {
      RefundQuote.Payment payment = payments.get(k);
      int index = k;
      String tierCredits = ChargeTiers.json(ChargeTiers.credits(tiers, t -> t.cancelledPayments().get(index).amount()));
      rows.add(Tuple.of(reservationId, "cancellation", quantity, payment.amount().negate(), payment.due().atOffset(ZoneOffset.UTC),
          tierCredits));
    }
    return conn.preparedQuery(OrderSql.CREDIT_INSERT).executeBatch(rows).mapEmpty();
  }
}
