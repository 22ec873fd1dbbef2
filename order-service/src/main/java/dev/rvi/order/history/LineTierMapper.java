package dev.rvi.order.history;

import io.vertx.sqlclient.Row;

/** Rows of {@code orders.order_line_tier}. */
final class LineTierMapper {
  private LineTierMapper() {}

  static LineTier of(Row r) {
    return new LineTier(r.getString("order_id"), r.getInteger("line_number"), r.getInteger("level"), r.getString("seller_id"),
        r.getString("buyer_id"), r.getBigDecimal("unit_price"), r.getString("currency"));
  }
}
