package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.DailyUtilization;
import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.benefit.SizingAdvisor;
import dev.rvi.domain.benefit.UsageBatch;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogAction;
import dev.rvi.domain.catalog.GroupPriceQuery;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.domain.usage.RecommendationQuery;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.ReservationsInForce;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.domain.usage.UsedSince;
import dev.rvi.domain.usage.UsedSinceQuery;
import dev.rvi.domain.usage.UtilizationQuery;
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
  private final int maxRecords;

  /** {@code bus} reaches the order and catalog services. */
  public UsageAnalytics(Vertx vertx, Pool pool, Clock clock, FlexibilityTable table, BusClient bus, int maxRecords) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.table = table;
    this.bus = bus;
    this.maxRecords = maxRecords;
  }

  public Future<JsonObject> ingest(Caller caller, UsageUpload upload, String requestId) {
    return bus.request(Address.ORDER, OrderAction.SUBSCRIPTION_FOR_USAGE.name(), "{}", caller, requestId, bus.timeoutMs(),
            Map.of(UsageUpload.CUSTOMER_HEADER, upload.customerId(), UsageUpload.SUBSCRIPTION_HEADER, upload.subscriptionId()))
        .compose(v -> vertx.executeBlocking(() -> UsageRecords.parse(new StringReader(upload.content()), maxRecords,
            upload.subscriptionId(), clock.instant()), false))
        .compose(records -> UsageStore.store(pool, upload.customerId(), upload.subscriptionId(), records));
  }

  // Utilization

  public Future<JsonObject> utilization(Caller caller, UtilizationQuery q, String requestId) {
    LocalDate to = q.to() != null ? q.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = q.from() != null ? q.from() : to.minusDays(29);
    if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Errors.badRequest(SOURCE, "from must not be after to, and the range is at most " + MAX_DAYS + " days");
    }
    return bus.ask(UsageContract.RESERVATION_FOR_USAGE, q, caller, requestId)
        .compose(r -> days(r, from.atStartOfDay().toInstant(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .map(days -> {
              JsonArray items = new JsonArray();
              days.forEach(d -> items.add(day(r, d)));
              return CollectionPage.of(items);
            }));
  }

  /** The overview's utilization: a trend and the 1-, 7- and 30-day averages up to now. */
  public Future<JsonObject> overview(ReservationFacts reservation) {
    Instant now = clock.instant();
    Instant from = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(29));
    return days(reservation, from, now.truncatedTo(ChronoUnit.HOURS)).map(days -> {
      JsonArray aggregates = new JsonArray();
      for (int grain : new int[] {1, 7, 30}) {
        BigDecimal average = average(days, now, grain, 0);
        aggregates.add(new JsonObject().put("grain", grain).put("grainUnit", "days")
            .put("value", average == null ? null : average).put("valueUnit", "percentage"));
      }
      BigDecimal recent = average(days, now, 7, 0);
      BigDecimal before = average(days, now, 7, 7);
      String trend = recent == null || before == null ? null
          : recent.subtract(before).abs().compareTo(BigDecimal.ONE) < 0 ? "SAME" : recent.compareTo(before) > 0 ? "UP" : "DOWN";
      return new JsonObject().put("trend", trend).put("aggregates", aggregates);
    });
  }

  private static BigDecimal average(List<DailyUtilization> days, Instant now, int grain, int skip) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
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

  private Future<List<DailyUtilization>> days(ReservationFacts reservation, Instant from, Instant to) {
    return load(reservation.customerId(), reservation.armRegionName(), from, to)
        .map(run -> run.covers(reservation.id()) ? DailyUtilization.of(run.hoursOf(reservation.id())) : List.<DailyUtilization>of());
  }

  private static JsonObject day(ReservationFacts r, DailyUtilization d) {
    return new JsonObject()
        .put("reservationId", r.id())
        .put("reservationOrderId", r.reservationOrderId())
        .put("skuName", r.armSkuName())
        .put("kind", "reservation")
        .put("usageDate", d.usageDate().toString())
        .put("reservedHours", d.reservedHours())
        .put("usedHours", d.usedHours())
        .put("utilizedPercentage", d.utilizedPercentage())
        .put("minUtilizationPercentage", d.minUtilizationPercentage())
        .put("avgUtilizationPercentage", d.avgUtilizationPercentage())
        .put("maxUtilizationPercentage", d.maxUtilizationPercentage());
  }

  /** Runs the engine over one customer's usage and reservations (of one region, or all) in a window of whole hours. */
  private Future<BenefitResult> load(String customerId, String region, Instant from, Instant to) {
    long fromHour = from.getEpochSecond() / 3600;
    long toHour = to.getEpochSecond() / 3600;
    Tuple window = Tuple.of(customerId, region, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    return bus.ask(UsageContract.RESERVATIONS_IN_FORCE, new InForceQuery(customerId, region, from, to), Caller.SYSTEM, "usage")
        .map(ReservationsInForce::reservations)
        .compose(specs ->
        // Hash the groups in memory: right after a bulk ingest the statistics may still say the table is small.
        pool.withTransaction(conn -> conn.query("SET LOCAL work_mem = '64MB'; SET LOCAL enable_sort = off").execute()
            .compose(v -> conn.preparedQuery(UsageSql.USAGE_IN_WINDOW).execute(window)))
            // Hour-by-hour matching over thousands of VMs is CPU work: on a worker, never on the event loop.
            .compose(usageRows -> vertx.executeBlocking(() -> {
              UsageBatch batch = new UsageBatch(table);
              for (Row u : usageRows) {
                batch.add(u.getOffsetDateTime("usage_hour").toEpochSecond() / 3600, u.getString("subscription_id"),
                    u.getString("arm_region_name"), u.getString("arm_sku_name"), u.getDouble("quantity"));
              }
              return new BenefitEngine().run(specs, batch, fromHour, toHour);
            }, false)));
  }

  // Recommendations

  public Future<JsonObject> recommendations(Caller caller, RecommendationQuery q, String requestId) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = to.minus(Duration.ofDays(q.lookBackDays()));
    return bus.ask(UsageContract.CUSTOMER_FOR_USAGE, q, caller, requestId)
        .compose(customer -> load(q.customerId(), null, from, to).compose(run -> {
          boolean single = "Single".equals(q.scope());
          List<BenefitResult.Uncovered> candidates = run.uncovered().stream()
              .filter(u -> single == (u.subscriptionId() != null))
              .filter(u -> Arrays.stream(u.hourly()).anyMatch(v -> v > 0)).toList();
          Map<String, Future<JsonObject>> prices = new HashMap<>();
          List<Future<JsonObject>> items = new ArrayList<>();
          for (BenefitResult.Uncovered u : candidates) {
            Future<JsonObject> price = prices.computeIfAbsent(u.region() + "|" + u.group(), k -> bus.request(Address.CATALOG,
                    CatalogAction.GROUP_PRICES.name(), new GroupPriceQuery(customer.country(), u.region(), u.group(), q.term()),
                    Caller.SYSTEM, requestId)
                .map(JsonObject::new)
                .recover(e -> e instanceof ApiException api && api.error().httpStatus() == 404
                    ? Future.succeededFuture(null) : Future.failedFuture(e)));
            items.add(price.compose(p -> p == null || !p.getBoolean("isPurchasable") ? Future.succeededFuture(null)
                : vertx.executeBlocking(() -> recommend(u, p, q, run.fromHour()), false)));
          }
          return Future.all(items).map(all -> {
            JsonArray out = new JsonArray();
            items.stream().map(Future::result).filter(r -> r != null).forEach(out::add);
            return CollectionPage.of(out);
          });
        }));
  }

  private JsonObject recommend(BenefitResult.Uncovered u, JsonObject prices, RecommendationQuery q, long fromHour) {
    SizingAdvisor.Advice advice = SizingAdvisor.advise(u.hourly(), new BigDecimal(prices.getString("paygHourlyPerUnit")),
        new BigDecimal(prices.getString("reservationPricePerUnit")), q.term().hours());
    if (advice.quantity() == 0) {
      return null;
    }
    int firstHour = 0;
    while (firstHour < u.hourly().length && u.hourly()[firstHour] == 0) {
      firstHour++;
    }
    BigDecimal ratio = new BigDecimal(prices.getString("ratio"));
    String size = prices.getString("armSkuName");
    JsonObject out = new JsonObject()
        .put("armSkuName", size)
        .put("armRegionName", u.region())
        .put("instanceFlexibilityGroup", u.group())
        .put("normalizedSize", size)
        .put("recommendedQuantity", BigDecimal.valueOf(advice.quantity()).divide(ratio, 0, RoundingMode.CEILING).intValue())
        .put("recommendedQuantityNormalized", advice.quantity())
        .put("costWithNoReservedInstances", advice.costWithoutReservations())
        .put("totalCostWithReservedInstances", advice.costWithReservations())
        .put("netSavings", advice.netSavings())
        .put("currencyCode", prices.getString("currencyCode"))
        .put("term", q.term().name())
        .put("scope", q.scope())
        .put("lookBackPeriod", "Last" + q.lookBackDays() + "Days")
        .put("firstUsageDate", Instant.ofEpochSecond((fromHour + firstHour) * 3600).toString());
    if (u.subscriptionId() != null) {
      out.put("subscriptionId", u.subscriptionId());
    }
    return out;
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
            if (table.group(row.getString("arm_sku_name")).equals(group)) {
              return new UsedSince(true);
            }
          }
          return new UsedSince(false);
        });
  }
}
