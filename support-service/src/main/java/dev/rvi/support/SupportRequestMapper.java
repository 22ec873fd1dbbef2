package dev.rvi.support;

import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.support.Contact;
import dev.rvi.domain.support.TradeInTarget;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.List;

/** Rows of {@code support.support_request} as {@link SupportRequest}s; its JSON columns decoded into their records. */
final class SupportRequestMapper {
  private SupportRequestMapper() {}

  static SupportRequest of(Row row) {
    String target = row.getString("exchange_target");
    String plan = row.getString("trade_in_target");
    return new SupportRequest(row.getString("id"), row.getString("partner_id"), row.getString("customer_id"),
        row.getString("reservation_id"), row.getString("reservation_order_id"), row.getString("subscription_id"),
        row.getString("issue_type"), row.getString("problem_type"), row.getString("category"), row.getString("requested_action"),
        row.getInteger("quantity"), target == null ? null : List.of(Jsons.decode(target, ExchangeRequest.Purchase[].class)),
        plan == null ? null : Jsons.decode(plan, TradeInTarget.class),
        Jsons.decode(row.getString("contact"), Contact.class), row.getString("description"), row.getString("status"),
        row.getString("assigned_to"), row.getString("policy_error"), row.getString("result"), row.getString("created_by"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
  }

  /** How many requests the whole list has: a page's query gives the count on each of its rows (none: 0). */
  static long total(RowSet<Row> rows) {
    long total = 0;
    for (Row row : rows) {
      total = row.getLong("total");
    }
    return total;
  }
}
