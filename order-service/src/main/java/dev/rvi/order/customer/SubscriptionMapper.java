package dev.rvi.order.customer;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.subscription}. */
public final class SubscriptionMapper {
  private SubscriptionMapper() {}

  public static Subscription of(Row r) {
    return new Subscription(r.getString("id"), r.getString("customer_id"), r.getString("partner_id"), r.getString("status"),
        r.getString("registration"));
  }
}
