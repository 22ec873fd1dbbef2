package dev.rvi.order.cart;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.cart}. */
final class CartMapper {
  private CartMapper() {}

  static Cart of(Row r) {
    return new Cart(r.getString("id"), r.getString("customer_id"), r.getString("status"), r.getString("reseller_mpn_id"),
        r.getString("created_by"), r.getOffsetDateTime("created_at").toInstant(), r.getOffsetDateTime("updated_at").toInstant(),
        r.getOffsetDateTime("expires_at").toInstant());
  }

  /** Whether a locked cart (its status only) is still open. */
  static boolean open(Row r) {
    return "open".equals(r.getString("status"));
  }
}
