package dev.rvi.order.usage;

import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * For the notification service's alert rules: a partner's reservations in force, each with its average utilization
 * over the rule's window as its overview shows it (the overview's own utilization question), a few at a time.
 */
public final class AlertUtilization {
  private static final int AT_ONCE = 8;

  private final Pool pool;
  private final Clock clock;
  private final Function<Reservation, Future<JsonObject>> utilization;

  /** {@code utilization}: what a reservation's overview shows of its utilization (null when the usage service cannot say). */
  public AlertUtilization(Pool pool, Clock clock, Function<Reservation, Future<JsonObject>> utilization) {
    this.pool = pool;
    this.clock = clock;
    this.utilization = utilization;
  }

  public Future<ReservationUtilizations> of(UtilizationScope scope) {
    String[] customers = scope.customerIds() == null ? new String[0] : scope.customerIds().toArray(String[]::new);
    return pool.preparedQuery(OrderSql.RESERVATIONS_FOR_ALERTS).execute(Tuple.of(scope.partnerId(), OffsetDateTime.now(clock), customers))
        .compose(rows -> {
          List<Reservation> all = new ArrayList<>();
          rows.forEach(row -> all.add(ReservationMapper.of(row)));
          List<ReservationUtilizations.Item> out = new ArrayList<>();
          return chunk(all, 0, scope.days(), out).map(v -> new ReservationUtilizations(out));
        });
  }

  private Future<Void> chunk(List<Reservation> all, int from, int days, List<ReservationUtilizations.Item> out) {
    if (from >= all.size()) {
      return Future.succeededFuture();
    }
    List<Future<ReservationUtilizations.Item>> items = new ArrayList<>();
    for (Reservation r : all.subList(from, Math.min(all.size(), from + AT_ONCE))) {
      items.add(utilization.apply(r).map(summary -> new ReservationUtilizations.Item(r.id(), r.reservationOrderId(), r.customerId(),
          r.resellerPartnerId(), r.displayName(), r.armSkuName(), r.armRegionName(), r.quantity(), average(summary, days))));
    }
    return Future.all(items).compose(done -> {
      for (Future<ReservationUtilizations.Item> item : items) {
        out.add(item.result());
      }
      return chunk(all, from + AT_ONCE, days, out);
    });
  }

  private static BigDecimal average(JsonObject summary, int days) {
    return summary == null ? null : Jsons.decode(summary.encode(), UtilizationSummary.class).average(days);
  }
}
