package dev.rvi.order.customer;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.customer} to a {@link Customer}. */
final class CustomerMapper {
  private CustomerMapper() {}

  static Customer of(Row r) {
    return new Customer(r.getString("id"), r.getString("partner_id"), r.getString("associated_partner_id"), r.getString("country"));
  }
}
