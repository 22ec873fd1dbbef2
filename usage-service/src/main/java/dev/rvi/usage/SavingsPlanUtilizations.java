package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.SavingsPlanDay;
import dev.rvi.domain.benefit.SavingsPlanRates;
import dev.rvi.domain.benefit.SavingsPlanResult;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.SavingsPlanRateQuery;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.usage.SavingsPlanFacts;
import dev.rvi.domain.usage.SavingsPlanUtilization;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.domain.usage.UtilizationSummary;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A savings plan's utilization: the customer's usage of the window through the benefit engine, the reservations the
 * order service sent first, then the plan over what they left at the catalog's rates for the regions and sizes that ran;
 * each day the plan was in force, and the 1-, 7- and 30-day averages up to the window's last day.
 */
final class SavingsPlanUtilizations {
  private static final String SOURCE = "usage";
  private static final int MAX_DAYS = 92;
  private static final int[] GRAINS = {1, 7, 30};

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
    return runs.usage(plan.customerId(), null, start, until)
        .compose(rows -> vertx.executeBlocking(() -> usage(rows), false))
        .compose(usage -> rates(plan, usage, requestId).compose(rates -> vertx.executeBlocking(() -> {
          SavingsPlanResult run = new BenefitEngine().run(q.inForce(), List.of(plan.spec()), rates, usage.batch(), fromHour, toHour)
              .savingsPlans();
          SavingsPlanResult.PlanHours hours = run.hoursOf(plan.id());
          return new SavingsPlanUtilization(SavingsPlanDay.of(hours), aggregates(hours, last, toHour));
        }, false)));
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

  /** The catalog's rates of the plan's term for the regions and sizes that ran, in the customer's market. */
  private Future<SavingsPlanRates> rates(SavingsPlanFacts plan, Usage usage, String requestId) {
    SavingsPlanRates rates = new SavingsPlanRates();
    if (usage.regions().isEmpty()) {
      return Future.succeededFuture(rates);
    }
    return bus.ask(CatalogContract.SAVINGS_PLAN_RATES, new SavingsPlanRateQuery(plan.country(), List.copyOf(usage.regions()),
        List.copyOf(usage.sizes()), plan.term(), null), Caller.SYSTEM, requestId).map(answer -> {
          for (var r : answer.rates()) {
            if (r.paygHourly() != null && r.savingsPlanHourly() != null && r.paygHourly().signum() > 0 && r.savingsPlanHourly().signum() > 0) {
              rates.put(r.armRegionName(), r.armSkuName(), plan.term(), r.paygHourly(), r.savingsPlanHourly());
            }
          }
          return rates;
        });
  }

  /** The usage as the engine reads it, and the regions and sizes that ran (on a worker: there may be many rows). */
  private Usage usage(Iterable<Row> rows) {
    Set<String> regions = new TreeSet<>();
    Set<String> sizes = new TreeSet<>();
    for (Row row : rows) {
      UsageSum u = UsageSumMapper.of(row);
      regions.add(u.armRegionName().toLowerCase(Locale.ROOT));
      sizes.add(u.armSkuName());
    }
    return new Usage(runs.batch(rows), regions, sizes);
  }

  private record Usage(UsageBatch batch, Set<String> regions, Set<String> sizes) {}
}
