package dev.rvi.order.reservation;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.refund} to what the cap counts of it. */
final class CountedRefundMapper {
  private CountedRefundMapper() {}

  static CountedRefund of(Row r) {
    return new CountedRefund(r.getOffsetDateTime("created_at").toInstant(), r.getBigDecimal("counted_usd"));
  }
}
