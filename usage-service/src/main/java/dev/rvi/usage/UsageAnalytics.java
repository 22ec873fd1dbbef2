package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.DailyUtilization;
import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.SizingAdvisor;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.GroupPriceQuery;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.usage.RecommendationQuery;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.ReservationHoursOf;
import dev.rvi.domain.usage.SavingsPlanHours;
import dev.rvi.domain.usage.SavingsPlanHoursOf;
import dev.rvi.domain.usage.SavingsPlanOverviews;
import dev.rvi.domain.usage.SavingsPlanOverviewsOf;
import dev.rvi.domain.usage.SavingsPlanUtilization;
import dev.rvi.domain.usage.SavingsPlanUtilizationOf;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.domain.usage.UsedSince;
import dev.rvi.domain.usage.UsedSinceQuery;
import dev.rvi.domain.usage.UtilizationOf;
import dev.rvi.domain.usage.UtilizationSummary;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage ingest, reservation utilization and sizing recommendations, on the domain's benefit engine. The
 * order service owns customers, subscriptions and reservations: it says what the caller may see, and which
 * reservations are in force; usage is this service's own.
 */
public final class UsageAnalytics {
  private static final String SOURCE = "usage";
  private static final int MAX_DAYS = 92;

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final FlexibilityTable table;
  private final BusClient bus;
  private final BenefitRuns runs;
  private final DailyBenefit rollup;
  private final RollupRefresh refresh;
  private final SavingsPlanUtilizations savingsPlans;
  private final HourlyUtilization hourly;
  private final SavingsPlanRecommendations savingsPlanAdvice;
  private final BenefitComparisons comparisons;
  private final int maxRecords;

  /** {@code bus} reaches the directory and the catalog. */
  public UsageAnalytics(Vertx vertx, Pool pool, Clock clock, FlexibilityTable table, BusClient bus, int maxRecords) {
    this.runs = new BenefitRuns(vertx, pool, table);
    this.rollup = new DailyBenefit(pool, runs);
    this.refresh = new RollupRefresh(vertx, clock, rollup);
    this.savingsPlans = new SavingsPlanUtilizations(vertx, clock, runs, bus);
    this.hourly = new HourlyUtilization(clock, runs);
    this.savingsPlanAdvice = new SavingsPlanRecommendations(vertx, clock, runs, bus);
    this.comparisons = new BenefitComparisons(vertx, clock, runs, bus);
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.table = table;
    this.bus = bus;
    this.maxRecords = maxRecords;
  }

  public Future<JsonObject> ingest(Caller caller, UsageUpload upload, String requestId) {
    return bus.ask(DirectoryContract.SUBSCRIPTION_ACCESS, new SubscriptionRef(upload.customerId(), upload.subscriptionId()), caller, requestId)
        .compose(v -> vertx.executeBlocking(() -> UsageRecords.parse(new StringReader(upload.content()), maxRecords,
            upload.subscriptionId(), clock.instant()), false))
        .compose(records -> UsageStore.store(pool, upload.customerId(), upload.subscriptionId(), records)
            .onSuccess(stored -> refresh.afterUpload(upload.customerId(), records.daysByRegion())));
  }

  // Utilization

  public Future<JsonObject> utilization(UtilizationOf q) {
    LocalDate to = q.to() != null ? q.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = q.from() != null ? q.from() : to.minusDays(29);
    if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Errors.badRequest(SOURCE, "from must not be after to, and the range is at most " + MAX_DAYS + " days");
    }
    ReservationFacts r = q.reservation();
    return days(r, from, until(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)), q.inForce())
        .map(days -> {
          JsonArray items = new JsonArray();
          days.forEach(d -> items.add(DailyUtilizationView.of(r, d)));
          return CollectionPage.of(items);
        });
  }

  /** A savings plan's days and averages, with the reservations in force the order service sends, which apply first. */
  public Future<SavingsPlanUtilization> savingsPlanUtilization(SavingsPlanUtilizationOf q, String requestId) {
    return savingsPlans.of(q, requestId);
  }

  /** A savings plan's hours, the reservations in force the order service sends applying first. */
  public Future<SavingsPlanHours> savingsPlanHours(SavingsPlanHoursOf q, String requestId) {
    return savingsPlans.hours(q, requestId);
  }

  /** The aggregates of a page of one customer's savings plans, asked once for the page. */
  public Future<SavingsPlanOverviews> savingsPlanOverviews(SavingsPlanOverviewsOf q, String requestId) {
    return savingsPlans.overviews(q, requestId);
  }

  /** A reservation's hours, with the reservations in force the order service sends. */
  public Future<JsonObject> reservationHours(ReservationHoursOf q) {
    return hourly.of(q);
  }

  /** The end of a window, but never past the last whole hour: hours still to come are not yet reserved, used or not. */
  private Instant until(Instant end) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
    return end.isAfter(now) ? now : end;
  }

  /** The overview's utilization: a trend and the 1-, 7- and 30-day averages up to now, from the daily roll-up. */
  public Future<UtilizationSummary> overview(ReservationFacts reservation, List<ReservationSpec> inForce) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return rollup.days(reservation, today.minusDays(29), now.truncatedTo(ChronoUnit.HOURS), inForce).map(days -> {
      List<UtilizationSummary.Aggregate> aggregates = new ArrayList<>();
      for (int grain : new int[] {1, 7, 30}) {
        aggregates.add(new UtilizationSummary.Aggregate(grain, "days", average(days, today, grain, 0), "percentage"));
      }
      BigDecimal recent = average(days, today, 7, 0);
      BigDecimal before = average(days, today, 7, 7);
      String trend = recent == null || before == null ? null
          : recent.subtract(before).abs().compareTo(BigDecimal.ONE) < 0 ? "SAME" : recent.compareTo(before) > 0 ? "UP" : "DOWN";
      return new UtilizationSummary(trend, aggregates);
    });
  }

  private static BigDecimal average(List<DailyUtilization> days, LocalDate today, int grain, int skip) {
    LocalDate last = today.minusDays(skip);
    LocalDate first = last.minusDays(grain - 1);
    double reserved = 0;
    double used = 0;
    for (DailyUtilization d : days) {
      if (!d.usageDate().isBefore(first) && !d.usageDate().isAfter(last)) {
        reserved += d.reservedHours().doubleValue();
        used += d.usedHours().doubleValue();
      }
    }
    return reserved == 0 ? null : BigDecimal.valueOf(used / reserved * 100).setScale(2, RoundingMode.HALF_UP);
  }

  /** The reservation's days from {@code first} to the hour {@code to}, from the roll-up. */
  private Future<List<DailyUtilization>> days(ReservationFacts reservation, LocalDate first, Instant to, List<ReservationSpec> inForce) {
    if (!to.isAfter(first.atStartOfDay().toInstant(ZoneOffset.UTC))) {
      return Future.succeededFuture(List.of());
    }
    return rollup.days(reservation, first, to, inForce);
  }

  // Recommendations

  public Future<JsonObject> recommendations(Caller caller, RecommendationQuery q, String requestId) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = to.minus(Duration.ofDays(q.lookBackDays()));
    return bus.ask(DirectoryContract.CUSTOMER_MARKET, new CustomerRef(q.customerId()), caller, requestId)
        .compose(customer -> runs.load(q.customerId(), null, from, to).compose(run -> {
          boolean single = "Single".equals(q.scope());
          List<BenefitResult.Uncovered> candidates = run.uncovered().stream()
              .filter(u -> single == (u.subscriptionId() != null))
              .filter(u -> Arrays.stream(u.hourly()).anyMatch(v -> v > 0)).toList();
          Map<String, Future<GroupPrices>> prices = new HashMap<>();
          List<Future<JsonObject>> items = new ArrayList<>();
          for (BenefitResult.Uncovered u : candidates) {
            Future<GroupPrices> price = prices.computeIfAbsent(u.region() + "|" + u.group(), k -> bus.ask(CatalogContract.GROUP_PRICES,
                    new GroupPriceQuery(customer.country(), u.region(), u.group(), q.term()), Caller.SYSTEM, requestId)
                .recover(e -> e instanceof ApiException api && api.error().httpStatus() == 404
                    ? Future.succeededFuture(null) : Future.failedFuture(e)));
            items.add(price.compose(p -> p == null || !p.purchasable() ? Future.succeededFuture(null)
                : vertx.executeBlocking(() -> recommend(u, p, q, run.fromHour()), false)));
          }
          return Future.all(items).map(all -> {
            JsonArray out = new JsonArray();
            items.stream().map(Future::result).filter(r -> r != null).forEach(out::add);
            return CollectionPage.of(out);
          });
        }));
  }

  /** What hourly commitment of a savings plan to buy, per scope, over the usage the reservations in force leave. */
  public Future<JsonObject> savingsPlanRecommendations(Caller caller, RecommendationQuery q, String requestId) {
    return savingsPlanAdvice.of(caller, q, requestId);
  }

  /** The advised reservations, the advised Shared savings plan and both, over the same usage and term. */
  public Future<JsonObject> benefitComparison(Caller caller, RecommendationQuery q, String requestId) {
    return comparisons.of(caller, q, requestId);
  }

  private JsonObject recommend(BenefitResult.Uncovered u, GroupPrices prices, RecommendationQuery q, long fromHour) {
    SizingAdvisor.Advice advice = SizingAdvisor.advise(u.hourly(), prices.paygHourlyPerUnit(), prices.reservationPricePerUnit(),
        q.term().hours());
    if (advice.quantity() == 0) {
      return null;
    }
    int firstHour = 0;
    while (firstHour < u.hourly().length && u.hourly()[firstHour] == 0) {
      firstHour++;
    }
    return RecommendationView.of(u, prices, advice, q, Instant.ofEpochSecond((fromHour + firstHour) * 3600));
  }

  // The refund policy's "VM usage so far"

  public Future<UsedSince> usedSince(UsedSinceQuery q) {
    ReservationFacts reservation = q.reservation();
    String subscription = "Single".equals(reservation.appliedScopeType()) ? reservation.appliedSubscription() : null;
    String group = table.group(reservation.armSkuName());
    return pool.preparedQuery(UsageSql.USAGE_SIZES_SINCE).execute(Tuple.of(reservation.customerId(), reservation.armRegionName(),
            q.from().atOffset(ZoneOffset.UTC), q.to().atOffset(ZoneOffset.UTC), subscription))
        .map(rows -> {
          for (Row row : rows) {
            if (table.group(UsageSumMapper.armSkuName(row)).equals(group)) {
              return new UsedSince(true);
            }
          }
          return new UsedSince(false);
        });
  }
}
