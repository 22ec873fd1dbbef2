package dev.rvi.order.reservation;

import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Azure's reminders as partners' events, following the platform clock: {@code reservation.expiring} 30 days before a
 * reservation expires and {@code reservation.expired} when it does, each once (the notice and its event are written
 * in one statement, so a run that fails leaves neither, and a second run finds nothing new).
 */
public final class ExpiryNotices {
  private final Pool pool;
  private final Clock clock;

  public ExpiryNotices(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  public Future<JsonObject> runDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return pool.preparedQuery(OrderSql.EXPIRY_NOTICES).execute(Tuple.of(now, "expiring"))
        .compose(expiring -> pool.preparedQuery(OrderSql.EXPIRY_NOTICES).execute(Tuple.of(now, "expiry_day"))
            .compose(today -> pool.preparedQuery(OrderSql.EXPIRY_NOTICES).execute(Tuple.of(now, "expired"))
                .map(expired -> new JsonObject().put("expiring", expiring.rowCount() + today.rowCount()).put("expired", expired.rowCount()))));
  }
}
