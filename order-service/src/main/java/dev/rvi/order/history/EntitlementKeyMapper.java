package dev.rvi.order.history;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of the entitlement page ({@code OrderSql.ENTITLEMENT_PAGE}). */
final class EntitlementKeyMapper {
  private EntitlementKeyMapper() {}

  static EntitlementKey of(Row r) {
    return new EntitlementKey(r.getString("kind"), r.getString("id"), r.getLong("total"));
  }
}
