package dev.rvi.directory.partner;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.reseller_link} joined with the partner on its other side, as {@link Relationship}s. */
final class RelationshipMapper {
  private RelationshipMapper() {}

  static Relationship of(Row row) {
    return new Relationship(row.getString("id"), row.getString("name"), row.getString("mpn_id"), row.getString("country"),
        row.getOffsetDateTime("linked_at"), row.getLong("customers"));
  }
}
