package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitEngine;
import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.FlexibilityTable;
import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.benefit.UsageBatch;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs the benefit engine over one customer's usage (of one region, or all) in a window of whole hours. */
final class BenefitRuns {
  private final Vertx vertx;
  private final Pool pool;
  private final FlexibilityTable table;

  BenefitRuns(Vertx vertx, Pool pool, FlexibilityTable table) {
    this.vertx = vertx;
    this.pool = pool;
    this.table = table;
  }

  /** The customer's reservations in force in the window, from this service's copy of the order service's. */
  Future<List<ReservationSpec>> inForce(String customerId, String region, Instant from, Instant to) {
    return ReservationCopy.inForce(pool, customerId, region, from, to);
  }

  Future<BenefitResult> load(String customerId, String region, Instant from, Instant to) {
    return inForce(customerId, region, from, to).compose(specs -> run(customerId, region, specs, from, to));
  }

  Future<BenefitResult> run(String customerId, String region, List<ReservationSpec> specs, Instant from, Instant to) {
    long fromHour = from.getEpochSecond() / 3600;
    long toHour = to.getEpochSecond() / 3600;
    // Hour-by-hour matching over thousands of VMs is CPU work: on a worker, never on the event loop.
    return usage(customerId, region, from, to)
        .compose(rows -> vertx.executeBlocking(() -> new BenefitEngine().run(specs, batch(rows), fromHour, toHour), false));
  }

  /** The customer's usage in the window (of one region, or all), summed per hour, subscription, region and size. */
  Future<RowSet<Row>> usage(String customerId, String region, Instant from, Instant to) {
    Tuple window = Tuple.of(customerId, region, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    // Hash the groups in memory: right after a bulk ingest the statistics may still say the table is small.
    return pool.withTransaction(conn -> conn.query("SET LOCAL work_mem = '64MB'; SET LOCAL enable_sort = off").execute()
        .compose(v -> conn.preparedQuery(UsageSql.USAGE_IN_WINDOW).execute(window)));
  }

  /** The usage rows as the engine reads them (on a worker: there may be many). */
  UsageBatch batch(Iterable<Row> usageRows) {
    UsageBatch batch = new UsageBatch(table);
    for (Row row : usageRows) {
      UsageSum u = UsageSumMapper.of(row);
      batch.add(u.hour(), u.subscriptionId(), u.armRegionName(), u.armSkuName(), u.quantity());
    }
    return batch;
  }
}
