package dev.rvi.order.idempotency;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.order.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Idempotency-Key for creating requests. The response is recorded in the same transaction as what
 * the request wrote, so a key either has both or neither. The same key with the same request replays
 * the first response; with another request it is a 422. Two requests racing with one key: Postgres
 * makes the second wait on the first's uncommitted row; it then rolls back its own work and replays.
 */
public final class Idempotency {
  private final Pool pool;
  private final Clock clock;

  public Idempotency(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Records the response within the caller's transaction; a no-op without a key. */
  @FunctionalInterface
  public interface Recorder {
    Future<String> record(SqlConnection conn, String response);
  }

  private static final class AlreadyRecorded extends RuntimeException {
    AlreadyRecorded() {
      super(null, null, false, false);
    }
  }

  public Future<String> once(String partnerId, String key, String requestHash, Function<Recorder, Future<String>> operation) {
    if (key == null) {
      return operation.apply((conn, response) -> Future.succeededFuture(response));
    }
    if (key.length() > 200) {
      return Future.failedFuture(ApiError.of(400, ErrorCode.BAD_REQUEST, "Idempotency-Key is longer than 200 characters", "order").exception());
    }
    return replay(partnerId, key, requestHash).compose(previous -> {
      if (previous != null) {
        return Future.succeededFuture(previous);
      }
      Recorder recorder = (conn, response) -> conn.preparedQuery(OrderSql.IDEMPOTENCY_RECORD)
          .execute(Tuple.of(partnerId, key, requestHash, response, OffsetDateTime.now(clock)))
          .map(rows -> {
            if (rows.size() == 0) {
              throw new AlreadyRecorded();
            }
            return response;
          });
      return operation.apply(recorder).recover(e -> e instanceof AlreadyRecorded
          ? replay(partnerId, key, requestHash)
          : Future.failedFuture(e));
    });
  }

  private Future<String> replay(String partnerId, String key, String requestHash) {
    return pool.preparedQuery(OrderSql.IDEMPOTENCY_FIND).execute(Tuple.of(partnerId, key)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      var row = rows.iterator().next();
      if (!row.getString("request_hash").equals(requestHash)) {
        throw ApiError.of(422, ErrorCode.UNPROCESSABLE,
            "Idempotency-Key " + key + " was already used with a different request", "order").exception();
      }
      return row.getString("response");
    });
  }
}
