package dev.rvi.order.usage;

import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.notification.ReservationUtilizations;
import dev.rvi.domain.notification.UtilizationScope;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.savingsplan.SavingsPlan;
import dev.rvi.order.savingsplan.SavingsPlans;
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
import java.util.function.Supplier;

/**
 * For the notification service's alert rules: a partner's reservations and savings plans in force, each with its
 * average utilization over the rule's window as its overview shows it (the overview's own utilization question), a few
 * at a time.
 */
public final class AlertUtilization {
  private static final int AT_ONCE = 8;

  private final Pool pool;
  private final Clock clock;
  private final Function<Reservation, Future<JsonObject>> utilization;
  private final SavingsPlans plans;
  private final Function<SavingsPlan, Future<JsonObject>> planUtilization;

  /**
   * {@code utilization}, {@code planUtilization}: what a reservation's or a plan's overview shows of its utilization (null
   * when the usage service cannot say).
   */
  public AlertUtilization(Pool pool, Clock clock, Function<Reservation, Future<JsonObject>> utilization, SavingsPlans plans,
                          Function<SavingsPlan, Future<JsonObject>> planUtilization) {
    this.pool = pool;
    this.clock = clock;
    this.utilization = utilization;
    this.plans = plans;
    this.planUtilization = planUtilization;
  }

  public Future<ReservationUtilizations> of(UtilizationScope scope) {
    String[] customers = scope.customerIds() == null ? new String[0] : scope.customerIds().toArray(String[]::new);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ReservationUtilizations.Item> out = new ArrayList<>();
    return pool.preparedQuery(OrderSql.RESERVATIONS_FOR_ALERTS).execute(Tuple.of(scope.partnerId(), now, customers))
        .compose(rows -> {
          List<Reservation> reservations = new ArrayList<>();
          rows.forEach(row -> reservations.add(ReservationMapper.of(row)));
          return chunk(reservations.stream().map(r -> (Supplier<Future<ReservationUtilizations.Item>>) () -> utilization.apply(r)
              .map(summary -> new ReservationUtilizations.Item(r.id(), r.reservationOrderId(), r.customerId(), r.resellerPartnerId(),
                  r.displayName(), r.armSkuName(), r.armRegionName(), r.quantity(), average(summary, scope.days()),
                  ReservationUtilizations.Item.RESERVATION))).toList(), 0, out);
        })
        .compose(v -> plans.inForce(scope.partnerId(), now, customers))
        .compose(inForce -> chunk(inForce.stream().map(p -> (Supplier<Future<ReservationUtilizations.Item>>) () -> planUtilization.apply(p)
            .map(summary -> new ReservationUtilizations.Item(p.id(), p.savingsPlanOrderId(), p.customerId(), p.resellerPartnerId(),
                p.displayName(), SavingsPlanProduct.ARM_SKU_NAME, null, 1, average(summary, scope.days()),
                ReservationUtilizations.Item.SAVINGS_PLAN))).toList(), 0, out))
        .map(v -> new ReservationUtilizations(out));
  }

  /** The asks, a few at a time, their items added to {@code out} in order. */
  private static Future<Void> chunk(List<Supplier<Future<ReservationUtilizations.Item>>> asks, int from,
                                    List<ReservationUtilizations.Item> out) {
    if (from >= asks.size()) {
      return Future.succeededFuture();
    }
    List<Future<ReservationUtilizations.Item>> items = new ArrayList<>();
    for (Supplier<Future<ReservationUtilizations.Item>> ask : asks.subList(from, Math.min(asks.size(), from + AT_ONCE))) {
      items.add(ask.get());
    }
    return Future.all(items).compose(done -> {
      for (Future<ReservationUtilizations.Item> item : items) {
        out.add(item.result());
      }
      return chunk(asks, from + AT_ONCE, out);
    });
  }

  private static BigDecimal average(JsonObject summary, int days) {
    return summary == null ? null : Jsons.decode(summary.encode(), UtilizationSummary.class).average(days);
  }
}
