package dev.rvi.directory.customer;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.customer} as {@link Customer}s; a list's rows also carry the total, a visibility check's the id alone. */
final class CustomerMapper {
  private CustomerMapper() {}

  static Customer from(Row row) {
    return new Customer(row.getString("id"), row.getString("partner_id"), row.getString("associated_partner_id"),
        row.getString("domain"), row.getString("company_name"), row.getString("email"), row.getString("culture"),
        row.getString("language"), row.getString("country"), row.getString("city"), row.getString("address_line1"),
        row.getString("postal_code"), row.getOffsetDateTime("created_at"));
  }

  /** The count of all the customers a paged list would show, on each of its rows. */
  static long total(Row row) {
    return row.getLong("total");
  }

  /** The id of a customer, for the statements that select nothing else. */
  static String id(Row row) {
    return row.getString("id");
  }
}
