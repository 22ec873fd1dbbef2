package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.SavingsPlanDay;
import dev.rvi.domain.benefit.SavingsPlanResult;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.usage.HourWindow;
import dev.rvi.domain.usage.SavingsPlanFacts;
import dev.rvi.domain.usage.SavingsPlanHours;
import dev.rvi.domain.usage.SavingsPlanHoursOf;
import dev.rvi.domain.usage.SavingsPlanOverviews;
import dev.rvi.domain.usage.SavingsPlanOverviewsOf;
import dev.rvi.domain.usage.SavingsPlanUtilization;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.domain.usage.UtilizationSummary;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A savings plan's utilization: the customer's usage of the window through the benefit engine, the reservations the
 * order service sent first, then the plan over what they left at the catalog's rates for the regions and sizes that ran;
 * each day the plan was in force, and the 1-, 7- and 30-day averages up to the window's last day.
 */
final class SavingsPlanUtilizations {
  private static final String SOURCE = "usage";
  private static final int MAX_DAYS = 92;
  private static final int[] GRAINS = {1, 7, 30};
  private static final int MAX_PAGE = 1000;

  private final Vertx vertx;
  private final Clock clock;
  private final BenefitRuns runs;
  private final BusClient bus;

  SavingsPlanUtilizations(Vertx vertx, Clock clock, BenefitRuns runs, BusClient bus) {
    this.vertx = vertx;
    this.clock = clock;
    this.runs = runs;
    this.bus = bus;
  }

  Future<SavingsPlanUtilization> of(SavingsPlanUtilizationOf q, String requestId) {
    Instant now = clock.instant();
    LocalDate to = q.to() != null ? q.to() : LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate from = q.from() != null ? q.from() : to.minusDays(29);
    if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Errors.badRequest(SOURCE, "from must not be after to, and the range is at most " + MAX_DAYS + " days");
    }
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    // Never past the last whole hour: hours still to come are not yet used or not.
    Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant until = end.isAfter(now.truncatedTo(ChronoUnit.HOURS)) ? now.truncatedTo(ChronoUnit.HOURS) : end;
    if (!until.isAfter(start)) {
      return Future.succeededFuture(new SavingsPlanUtilization(List.of(), aggregates(null, to, 0)));
    }
    SavingsPlanFacts plan = q.plan();
    long fromHour = start.getEpochSecond() / 3600;
    long toHour = until.getEpochSecond() / 3600;
    LocalDate last = LocalDate.ofInstant(until.minusSeconds(1), ZoneOffset.UTC);
    return SavingsPlanUsage.load(vertx, runs, plan.customerId(), start, until)
        .compose(usage -> usage.prices(bus, plan.country(), plan.term(), requestId).compose(prices -> vertx.executeBlocking(() -> {
          SavingsPlanResult run = new BenefitEngine().run(q.inForce(), List.of(plan.spec()), prices.rates(), usage.batch(), fromHour, toHour)
              .savingsPlans();
          SavingsPlanResult.PlanHours hours = run.hoursOf(plan.id());
          return new SavingsPlanUtilization(SavingsPlanDay.of(hours), aggregates(hours, last, toHour));
        }, false)));
  }

  /** The plan's hours in force in the window, up to the last whole hour; the reservations the order service sent apply first. */
  Future<SavingsPlanHours> hours(SavingsPlanHoursOf q, String requestId) {
    Instant now = clock.instant();
    HourWindow window = HourWindow.of(q.from(), q.to(), now, SOURCE);
    Instant last = now.truncatedTo(ChronoUnit.HOURS);
    Instant until = window.to().isAfter(last) ? last : window.to();
    if (!until.isAfter(window.from())) {
      return Future.succeededFuture(new SavingsPlanHours(List.of()));
    }
    SavingsPlanFacts plan = q.plan();
    long fromHour = window.fromHour();
    long toHour = until.getEpochSecond() / 3600;
    return SavingsPlanUsage.load(vertx, runs, plan.customerId(), window.from(), until)
        .compose(usage -> usage.prices(bus, plan.country(), plan.term(), requestId).compose(prices -> vertx.executeBlocking(() -> {
          SavingsPlanResult.PlanHours hours = new BenefitEngine().run(q.inForce(), List.of(plan.spec()), prices.rates(), usage.batch(),
              fromHour, toHour).savingsPlans().hoursOf(plan.id());
          List<SavingsPlanHours.Hour> out = new ArrayList<>();
          for (int h = 0; h < hours.committed().length; h++) {
            BigDecimal committed = hours.committed()[h];
            if (committed.signum() > 0) {
              out.add(new SavingsPlanHours.Hour(Instant.ofEpochSecond((fromHour + h) * 3600), committed, hours.used()[h],
                  hours.utilizedPercentage(fromHour + h, fromHour + h + 1).orElseThrow()));
            }
          }
          return new SavingsPlanHours(out);
        }, false)));
  }

  /**
   * A page of one customer's plans, each as its own overview computes it (the reservations, then that plan alone over
   * the last 30 days), with the usage read and the rates asked once for the page.
   */
  Future<SavingsPlanOverviews> overviews(SavingsPlanOverviewsOf q, String requestId) {
    List<SavingsPlanFacts> plans = q.plans();
    if (plans.isEmpty()) {
      return Future.succeededFuture(new SavingsPlanOverviews(List.of()));
    }
    SavingsPlanFacts first = plans.get(0);
    if (plans.size() > MAX_PAGE || plans.stream().anyMatch(p -> !p.customerId().equals(first.customerId())
        || !p.country().equals(first.country()))) {
      throw Errors.badRequest(SOURCE, "a page of savings plans is at most " + MAX_PAGE + " plans of one customer");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant start = today.minusDays(29).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant until = now.truncatedTo(ChronoUnit.HOURS);
    if (!until.isAfter(start)) {
      return Future.succeededFuture(new SavingsPlanOverviews(plans.stream()
          .map(p -> new SavingsPlanOverviews.Item(p.id(), aggregates(null, today, 0))).toList()));
    }
    long fromHour = start.getEpochSecond() / 3600;
    long toHour = until.getEpochSecond() / 3600;
    LocalDate last = LocalDate.ofInstant(until.minusSeconds(1), ZoneOffset.UTC);
    return SavingsPlanUsage.load(vertx, runs, first.customerId(), start, until).compose(usage -> {
      Map<Term, Future<SavingsPlanUsage.Prices>> prices = new EnumMap<>(Term.class);
      plans.forEach(p -> prices.computeIfAbsent(p.term(), t -> usage.prices(bus, first.country(), t, requestId)));
      return Future.all(List.copyOf(prices.values())).compose(all -> vertx.executeBlocking(() -> {
        List<SavingsPlanOverviews.Item> items = new ArrayList<>();
        for (SavingsPlanFacts plan : plans) {
          SavingsPlanResult.PlanHours hours = new BenefitEngine().run(q.inForce(), List.of(plan.spec()), prices.get(plan.term()).result().rates(),
              usage.batch(), fromHour, toHour).savingsPlans().hoursOf(plan.id());
          items.add(new SavingsPlanOverviews.Item(plan.id(), aggregates(hours, last, toHour)));
        }
        return new SavingsPlanOverviews(items);
      }, false));
    });
  }

  /** The averages over the last 1, 7 and 30 days to {@code toHour}; null where the plan was in force no hour of them. */
  private static List<UtilizationSummary.Aggregate> aggregates(SavingsPlanResult.PlanHours hours, LocalDate last, long toHour) {
    List<UtilizationSummary.Aggregate> out = new ArrayList<>();
    for (int grain : GRAINS) {
      long first = last.minusDays(grain - 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 3600;
      out.add(new UtilizationSummary.Aggregate(grain, "days", hours == null ? null : hours.utilizedPercentage(first, toHour).orElse(null),
          "percentage"));
    }
    return out;
  }
}
