package dev.rvi.support;

import io.vertx.sqlclient.Row;

/** Rows of {@code support.support_event} as {@link SupportEvent}s. */
final class SupportEventMapper {
  private SupportEventMapper() {}

  static SupportEvent of(Row row) {
    return new SupportEvent(row.getLong("id"), row.getOffsetDateTime("at"), row.getString("actor"), row.getString("actor_type"),
        row.getString("kind"), row.getString("visibility"), row.getString("detail"));
  }
}
