package dev.rvi.order.usage;

import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * For the notification service's alert rules: a partner's reservations in force, each with its average utilization
 * over the rule's window as its overview shows it (the usage service computes it), a few reservations at a time.
 */
public final class AlertUtilization {
  private static final int AT_ONCE = 8;

  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;
  private final UsageClient usage;

  public AlertUtilization(Pool pool, Clock clock, OrderHistory history, UsageClient usage) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
    this.usage = usage;
  }

  public Future<ReservationUtilizations> of(UtilizationScope scope) {
    Instant now = clock.instant();
    String[] customers = scope.customerIds() == null ? new String[0] : scope.customerIds().toArray(String[]::new);
    return pool.preparedQuery(OrderSql.RESERVATIONS_FOR_ALERTS).execute(Tuple.of(scope.partnerId(), OffsetDateTime.now(clock), customers))
        .compose(rows -> {
          List<Row> all = new ArrayList<>();
          rows.forEach(all::add);
          List<ReservationUtilizations.Item> out = new ArrayList<>();
          return chunk(all, 0, scope.days(), now, out).map(v -> new ReservationUtilizations(out));
        });
  }

  private Future<Void> chunk(List<Row> all, int from, int days, Instant now, List<ReservationUtilizations.Item> out) {
    if (from >= all.size()) {
      return Future.succeededFuture();
    }
    List<Future<ReservationUtilizations.Item>> items = new ArrayList<>();
    for (Row row : all.subList(from, Math.min(all.size(), from + AT_ONCE))) {
      items.add(history.inForce(new InForceQuery(row.getString("customer_id"), row.getString("arm_region_name"),
              now.truncatedTo(ChronoUnit.DAYS).minus(31, ChronoUnit.DAYS), now.plus(1, ChronoUnit.HOURS)))
          .compose(inForce -> usage.overview(row, inForce.reservations()))
          .map(summary -> new ReservationUtilizations.Item(row.getString("id"), row.getString("reservation_order_id"), row.getString("customer_id"),
              row.getString("reseller_partner_id"), row.getString("display_name"), row.getString("arm_sku_name"), row.getString("arm_region_name"),
              row.getInteger("quantity"), average(summary, days))));
    }
    return Future.all(items).compose(done -> {
      for (Future<ReservationUtilizations.Item> item : items) {
        out.add(item.result());
      }
      return chunk(all, from + AT_ONCE, days, now, out);
    });
  }

  private static BigDecimal average(JsonObject summary, int days) {
    if (summary == null) {
      return null;
    }
    JsonArray aggregates = summary.getJsonArray("aggregates");
    for (int i = 0; aggregates != null && i < aggregates.size(); i++) {
      JsonObject a = aggregates.getJsonObject(i);
      if (a.getInteger("grain") == days && a.getValue("value") != null) {
        return new BigDecimal(a.getValue("value").toString());
      }
    }
    return null;
  }
}
