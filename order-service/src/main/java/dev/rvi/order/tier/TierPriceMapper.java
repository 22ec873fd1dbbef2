package dev.rvi.order.tier;

import io.vertx.sqlclient.Row;

/** Rows of {@code orders.order_line_tier}: a {@link TierPrice}, and the reservation order its line bought. */
public final class TierPriceMapper {
  private TierPriceMapper() {}

  public static TierPrice of(Row r) {
    return new TierPrice(r.getInteger("level"), r.getString("seller_id"), r.getString("buyer_id"), r.getBigDecimal("unit_price"));
  }

  static String reservationOrderId(Row r) {
    return r.getString("reservation_order_id");
  }
}
