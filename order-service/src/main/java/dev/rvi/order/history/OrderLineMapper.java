package dev.rvi.order.history;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.order_line} (with the customer's country). */
final class OrderLineMapper {
  private OrderLineMapper() {}

  static OrderLine of(Row r) {
    return new OrderLine(r.getString("order_id"), r.getInteger("line_number"), r.getString("catalog_item_id"), r.getString("product_id"),
        r.getString("sku_id"), r.getString("friendly_name"), r.getString("term"), r.getInteger("quantity"), r.getBigDecimal("unit_price"),
        r.getString("currency"), r.getString("reservation_order_id"), r.getBigDecimal("hourly_commitment"), r.getString("country"));
  }
}
