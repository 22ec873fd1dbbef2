package dev.rvi.order.history;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.purchase_order}. */
final class PurchaseOrderMapper {
  private PurchaseOrderMapper() {}

  static PurchaseOrder of(Row r) {
    return new PurchaseOrder(r.getString("id"), r.getString("alternate_id"), r.getString("customer_id"), r.getString("currency"),
        r.getString("status"), r.getString("partner_id_on_record"), r.getOffsetDateTime("created_at").toInstant(),
        r.getColumnIndex("total") >= 0 ? r.getLong("total") : 0,
        r.getColumnIndex("agent_may_see") < 0 || Boolean.TRUE.equals(r.getBoolean("agent_may_see")));
  }
}
