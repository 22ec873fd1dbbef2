package dev.rvi.order.reservation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;

/**
 * Whether a reservation's discount was used between two moments: the refund policy's "VM usage so
 * far". Until usage is ingested (the usage and utilization work), no usage is known: {@link #NONE}.
 */
@FunctionalInterface
public interface UsageProbe {
  UsageProbe NONE = (sql, reservation, from, to) -> Future.succeededFuture(false);

  Future<Boolean> usedSince(SqlClient sql, Row reservation, Instant from, Instant to);
}
