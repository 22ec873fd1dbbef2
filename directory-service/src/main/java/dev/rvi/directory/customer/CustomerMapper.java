package dev.rvi.directory.customer;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.customer} as {@link Customer}s. */
final class CustomerMapper {
  private CustomerMapper() {}

  static Customer from(Row row) {
    return new Customer(row.getString("id"), row.getString("partner_id"), row.getString("associated_partner_id"),
        row.getString("domain"), row.getString("company_name"), row.getString("email"), row.getString("culture"),
        row.getString("language"), row.getString("country"), row.getString("city"), row.getString("address_line1"),
        row.getString("postal_code"), row.getOffsetDateTime("created_at"));
  }
}
