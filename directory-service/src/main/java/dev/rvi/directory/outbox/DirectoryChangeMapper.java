package dev.rvi.directory.outbox;

import dev.rvi.domain.directory.DirectoryChange;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** A claimed row of {@code directory.outbox} (its sequence and the trigger's payload) as a {@link DirectoryChange}. */
final class DirectoryChangeMapper {
  private DirectoryChangeMapper() {}

  static DirectoryChange of(Row row) {
    JsonObject change = row.getJsonObject("payload");
    return new DirectoryChange(change.getString("table"), change.getString("op"), change.getString("row"), change.getLong("at"),
        row.getLong("id"));
  }
}
