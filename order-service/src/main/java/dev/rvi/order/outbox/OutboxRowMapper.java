package dev.rvi.order.outbox;

import io.vertx.sqlclient.Row;

/** The one mapping of a claimed row of {@code orders.outbox}: its sequence and its payload as JSON text. */
final class OutboxRowMapper {
  private OutboxRowMapper() {}

  record OutboxRow(long id, String payload) {}

  static OutboxRow of(Row r) {
    return new OutboxRow(r.getLong("id"), r.getJsonObject("payload").encode());
  }
}
