package dev.rvi.directory.partner;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows of {@code DirectorySql.NAMES} (kind, id, name) as the partners' and the customers' names by id. */
final class NameMapper {
  private NameMapper() {}

  static Map<String, String> of(RowSet<Row> rows, String kind) {
    Map<String, String> names = new LinkedHashMap<>();
    rows.forEach(row -> {
      if (kind.equals(row.getString("kind"))) {
        names.put(row.getString("id"), row.getString("name"));
      }
    });
    return names;
  }
}
