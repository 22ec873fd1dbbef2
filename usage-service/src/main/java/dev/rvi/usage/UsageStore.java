package dev.rvi.usage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Stores checked usage in one transaction, in batches of arrays unnested by Postgres. */
public final class UsageStore {
  private static final int BATCH = 20_000;

  private UsageStore() {}

  public static Future<JsonObject> store(Pool pool, String customerId, String subscriptionId, UsageRecords records) {
    return pool.withTransaction(conn -> write(conn, customerId, subscriptionId, records, 0, 0)
            .compose(inserted -> sums(conn, customerId, subscriptionId, records).map(inserted))
            .compose(inserted -> daysChanged(conn, customerId, records).map(inserted)))
        .map(inserted -> new JsonObject().put("received", records.received).put("stored", records.size)
            .put("new", inserted).put("replaced", records.size - inserted));
  }

  /** The hours this usage falls on, summed again per size and region (what the engine reads). */
  private static Future<Void> sums(SqlConnection conn, String customerId, String subscriptionId, UsageRecords records) {
    OffsetDateTime[] hours = Arrays.stream(records.hours, 0, records.size).distinct().toArray(OffsetDateTime[]::new);
    Tuple keys = Tuple.of(customerId, subscriptionId, hours);
    return conn.preparedQuery(UsageSql.USAGE_SUMS_CLEAR).execute(keys)
        .compose(v -> conn.preparedQuery(UsageSql.USAGE_SUMS_ADD).execute(keys)).mapEmpty();
  }

  /** The roll-up of the days this usage falls on no longer holds ({@link DailyBenefit}). */
  private static Future<Void> daysChanged(SqlConnection conn, String customerId, UsageRecords records) {
    List<String> regions = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    records.daysByRegion().forEach((region, dates) -> dates.forEach(day -> {
      regions.add(region);
      days.add(day);
    }));
    return conn.preparedQuery(UsageSql.USAGE_DAYS_CHANGED)
        .execute(Tuple.of(customerId, regions.toArray(String[]::new), days.toArray(LocalDate[]::new))).mapEmpty();
  }

  private static Future<Integer> write(SqlConnection conn, String customerId, String subscriptionId, UsageRecords r, int from, int inserted) {
    if (from >= r.size) {
      return Future.succeededFuture(inserted);
    }
    int to = Math.min(r.size, from + BATCH);
    Tuple params = Tuple.tuple().addString(customerId).addString(subscriptionId)
        .addArrayOfString(Arrays.copyOfRange(r.resourceIds, from, to))
        .addArrayOfOffsetDateTime(Arrays.copyOfRange(r.hours, from, to))
        .addArrayOfString(Arrays.copyOfRange(r.skus, from, to))
        .addArrayOfString(Arrays.copyOfRange(r.regions, from, to))
        .addArrayOfDouble(Arrays.copyOfRange(r.quantities, from, to));
    return conn.preparedQuery(UsageSql.USAGE_UPSERT).execute(params)
        .compose(rows -> write(conn, customerId, subscriptionId, r, to, inserted + rows.iterator().next().getLong(0).intValue()));
  }
}
