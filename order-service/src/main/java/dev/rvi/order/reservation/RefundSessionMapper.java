package dev.rvi.order.reservation;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.refund_session}. */
final class RefundSessionMapper {
  private RefundSessionMapper() {}

  static RefundSession of(Row r) {
    return new RefundSession(r.getString("reservation_order_id"), r.getString("reservation_id"), r.getInteger("quantity"),
        r.getOffsetDateTime("expires_at").toInstant(), r.getString("refund_id"));
  }
}
