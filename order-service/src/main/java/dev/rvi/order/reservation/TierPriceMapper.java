package dev.rvi.order.reservation;

import io.vertx.sqlclient.Row;

/** Rows of {@code orders.order_line_tier} as a reservation's refund reads them. */
final class TierPriceMapper {
  private TierPriceMapper() {}

  static TierPrice of(Row r) {
    return new TierPrice(r.getInteger("level"), r.getString("seller_id"), r.getString("buyer_id"), r.getBigDecimal("unit_price"));
  }
}
