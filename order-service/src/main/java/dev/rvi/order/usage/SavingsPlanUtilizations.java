package dev.rvi.order.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.savingsplan.SavingsPlanHoursQuery;
import dev.rvi.domain.savingsplan.SavingsPlanRef;
import dev.rvi.domain.savingsplan.SavingsPlanUtilizationQuery;
import dev.rvi.domain.usage.HourWindow;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.domain.usage.SavingsPlanFacts;
import dev.rvi.domain.usage.SavingsPlanHoursOf;
import dev.rvi.domain.usage.SavingsPlanOverviewsOf;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.savingsplan.SavingsPlan;
import dev.rvi.order.savingsplan.SavingsPlanUtilizationView;
import dev.rvi.order.savingsplan.SavingsPlans;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A savings plan's utilization, daily and as its view's aggregates: the caller's right to read the plan is checked
 * here, then the usage service computes it with the plan, the customer's country and the customer's reservations in
 * force (which apply before the plan), told in the question, so it never asks this service back.
 */
public final class SavingsPlanUtilizations {
  private static final String SOURCE = "order";
  private final Pool pool;
  private final Clock clock;
  private final SavingsPlans plans;
  private final OrderHistory history;
  private final UsageClient usage;

  public SavingsPlanUtilizations(Pool pool, Clock clock, SavingsPlans plans, OrderHistory history, UsageClient usage) {
    this.pool = pool;
    this.clock = clock;
    this.plans = plans;
    this.history = history;
    this.usage = usage;
  }

  public Future<Document> daily(Caller caller, SavingsPlanUtilizationQuery q, String requestId) {
    return plans.readable(caller, new SavingsPlanRef(q.customerId(), q.savingsPlanId()))
        .compose(plan -> question(plan, q.from(), q.to())
            .compose(question -> usage.savingsPlanUtilization(question, requestId))
            .map(answer -> {
              JsonArray items = new JsonArray();
              answer.days().forEach(d -> items.add(SavingsPlanUtilizationView.of(plan, d)));
              return Document.of(CollectionPage.of(items));
            }));
  }

  /** The plan's hours in force in a window of whole hours (the last 24 by default, at most 7 days). */
  public Future<Document> hourly(Caller caller, SavingsPlanHoursQuery q, String requestId) {
    HourWindow window = HourWindow.of(q.from(), q.to(), clock.instant(), SOURCE);
    return plans.readable(caller, new SavingsPlanRef(q.customerId(), q.savingsPlanId()))
        .compose(plan -> country(plan.customerId()).compose(country -> history.inForce(new InForceQuery(plan.customerId(), null,
                window.from().minus(Duration.ofDays(1)), window.to().plus(Duration.ofDays(1))))
            .compose(inForce -> usage.savingsPlanHours(new SavingsPlanHoursOf(facts(plan, country), window.from(), window.to(),
                inForce.reservations()), requestId)))
            .map(answer -> {
              JsonArray items = new JsonArray();
              answer.hours().forEach(h -> items.add(SavingsPlanUtilizationView.ofHour(plan, h)));
              return Document.of(CollectionPage.of(items));
            }));
  }

  /**
   * The aggregates of a page of one customer's plans, asked of the usage service once for the page, by plan id; none
   * while it cannot answer.
   */
  public Future<Map<String, JsonObject>> overviews(List<SavingsPlan> page) {
    String customerId = page.get(0).customerId();
    LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = to.minusDays(29);
    return country(customerId).compose(country -> history.inForce(new InForceQuery(customerId, null,
            from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .compose(inForce -> usage.savingsPlanOverviews(new SavingsPlanOverviewsOf(page.stream().map(p -> facts(p, country)).toList(),
            inForce.reservations()))));
  }

  /** The view's trend and 1-, 7- and 30-day averages; null while the usage service cannot answer. */
  public Future<JsonObject> overview(SavingsPlan plan) {
    return question(plan, null, null).compose(question -> usage.savingsPlanOverview(question));
  }

  /** The plan's facts and the reservations in force over the window (the usage service's default: the last 30 days), a day either side. */
  private Future<SavingsPlanUtilizationOf> question(SavingsPlan plan, LocalDate askedFrom, LocalDate askedTo) {
    LocalDate to = askedTo != null ? askedTo : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = askedFrom != null ? askedFrom : to.minusDays(29);
    Future<List<ReservationSpec>> inForce = from.isAfter(to) ? Future.succeededFuture(List.<ReservationSpec>of())
        : history.inForce(new InForceQuery(plan.customerId(), null, from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC))).map(r -> r.reservations());
    return country(plan.customerId())
        .compose(country -> inForce.map(specs -> new SavingsPlanUtilizationOf(facts(plan, country), askedFrom, askedTo, specs)));
  }

  private Future<String> country(String customerId) {
    return pool.preparedQuery(OrderSql.CUSTOMER_COUNTRY).execute(Tuple.of(customerId)).map(rows -> rows.iterator().next().getString(0));
  }

  private static SavingsPlanFacts facts(SavingsPlan plan, String country) {
    return new SavingsPlanFacts(plan.id(), plan.customerId(), country, plan.appliedSubscription(), plan.hourlyCommitment(),
        Term.valueOf(plan.term()), plan.effectiveAt(), plan.expiresAt());
  }
}
