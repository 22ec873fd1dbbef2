package dev.rvi.directory.subscription;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.subscription} as {@link Subscription}s. */
final class SubscriptionMapper {
  private SubscriptionMapper() {}

  static Subscription of(Row row) {
    return new Subscription(row.getString("id"), row.getString("customer_id"), row.getString("partner_id"),
        row.getString("friendly_name"), row.getString("status"), row.getString("origin"), row.getString("registration"),
        row.getOffsetDateTime("created_at"));
  }
}
