package dev.rvi.notification;

import dev.rvi.domain.notification.PartnerEvent;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

/** Rows of {@code notification.event} as {@link PartnerEvent}s (the data as the JSON text it was recorded with). */
final class PartnerEventMapper {
  private PartnerEventMapper() {}

  static PartnerEvent of(Row row) {
    return new PartnerEvent(row.getString("id"), row.getString("type"), row.getString("partner_id"), row.getString("reseller_partner_id"),
        row.getString("customer_id"), row.getOffsetDateTime("created_at").toInstant(), row.getString("data"));
  }

  /** How many events the whole list has: a page's query gives the count on each of its rows (none: 0). */
  static long total(RowSet<Row> rows) {
    long total = 0;
    for (Row row : rows) {
      total = row.getLong("total");
    }
    return total;
  }
}
