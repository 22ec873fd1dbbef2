package dev.rvi.order.reservation;

import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly reservation's payments still to come, cancelled by a refund or an exchange: a credit per payment, dated
 * at its month, so that month's invoice nets out.
 */
final class CancelledPayments {
  private CancelledPayments() {}

  static Future<Void> write(SqlConnection conn, String reservationId, int quantity, List<RefundQuote.Payment> payments) {
    if (payments.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = new ArrayList<>();
    for (RefundQuote.Payment payment : payments) {
      rows.add(Tuple.of(reservationId, "cancellation", quantity, payment.amount().negate(), payment.due().atOffset(ZoneOffset.UTC)));
    }
    return conn.preparedQuery(OrderSql.CREDIT_INSERT).executeBatch(rows).mapEmpty();
  }
}
