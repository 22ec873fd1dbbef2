package dev.rvi.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.ReservationChanges;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage service's copy of the reservations in force, kept from the order service's changes (sent through its
 * outbox), so roll-ups and advice never ask the order service. A batch is applied in one transaction; a change older
 * than the last applied to its reservation is skipped, so batches sent late or twice leave the copy as it should be.
 */
final class ReservationCopy {
  private final Pool pool;

  ReservationCopy(Pool pool) {
    this.pool = pool;
  }

  Future<NoBody> apply(ReservationChanges batch) {
    List<Tuple> changes = new ArrayList<>();
    for (ReservationChange c : batch.changes()) {
      changes.add(Tuple.of(c.op(), c.row(), c.at(), c.sequence()));
    }
    if (changes.isEmpty()) {
      return Future.succeededFuture(NoBody.INSTANCE);
    }
    return pool.withTransaction(conn -> conn.preparedQuery(UsageSql.RESERVATION_APPLY).executeBatch(changes)).map(v -> NoBody.INSTANCE);
  }

  static Future<List<ReservationSpec>> inForce(SqlClient sql, String customerId, String region, Instant from, Instant to) {
    Tuple window = Tuple.of(customerId, region, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
    return sql.preparedQuery(UsageSql.RESERVATIONS_IN_FORCE).execute(window).map(rows -> {
      List<ReservationSpec> specs = new ArrayList<>();
      rows.forEach(r -> specs.add(ReservationMapper.of(r)));
      return specs;
    });
  }
}
