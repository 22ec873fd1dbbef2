package dev.rvi.usage;

import dev.rvi.domain.benefit.DailyUtilization;
import io.vertx.sqlclient.Row;
import java.util.Optional;

/** A reservation's rolled-up day ({@code usage.reservation_day}, joined to the window's days), if the day has one. */
final class ReservationDayMapper {
  private ReservationDayMapper() {}

  static Optional<DailyUtilization> of(Row row) {
    if (row.getBigDecimal("reserved_hours") == null) {
      return Optional.empty();
    }
    return Optional.of(new DailyUtilization(row.getLocalDate("day"), row.getBigDecimal("reserved_hours"), row.getBigDecimal("used_hours"),
        row.getBigDecimal("utilized_pct"), row.getBigDecimal("min_pct"), row.getBigDecimal("avg_pct"), row.getBigDecimal("max_pct")));
  }
}
