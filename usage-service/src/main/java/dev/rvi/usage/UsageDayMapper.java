package dev.rvi.usage;

import io.vertx.sqlclient.Row;

/** Rows of the days of a window with their {@code usage.usage_day} as {@link UsageDay}s; the roll-up's mark where the query selects it. */
final class UsageDayMapper {
  private UsageDayMapper() {}

  static UsageDay of(Row row) {
    boolean marked = row.getColumnIndex("rolled_generation") >= 0;
    return new UsageDay(row.getLocalDate("day"), row.getLong("generation"), marked ? row.getLong("rolled_generation") : null,
        marked ? row.getString("rolled_digest") : null);
  }
}
