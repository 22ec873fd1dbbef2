package dev.rvi.domain.idempotency;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Idempotency-Key for creating requests. The first request with a key claims it (a row with a token
 * and a lease), carries the operation out, and records its response in the operation's own transaction,
 * so the key has both the work and the response or neither. Requests with the same key and body that
 * arrive meanwhile wait for that response and replay it; with another body they are a 422. A failed
 * operation frees the key; a claimant that died is taken over when its lease lapses, and its work, if it
 * ever commits, cannot record a response any more, so it rolls back: one response per key, always.
 */
public final class Idempotency {
  /** Longer than any request may run (the gateway waits 10 s, a statement at most 30 s). */
  static final int LEASE_SECONDS = 45;
  private static final long FIRST_WAIT_MS = 10;
  private static final long LONGEST_WAIT_MS = 200;
  private static final long WAIT_BUDGET_MS = 60_000;

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final IdempotencySql sql;

  /** Keys kept in {@code <schema>.idempotency}. */
  public Idempotency(Vertx vertx, Pool pool, Clock clock, String schema) {
    this.sql = new IdempotencySql(schema);
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
  }

  /** Records the response within the operation's transaction; a no-op without a key. */
  @FunctionalInterface
  public interface Recorder {
    Future<String> record(SqlConnection conn, String response);
  }

  private static final class ClaimLost extends RuntimeException {
    ClaimLost() {
      super(null, null, false, false);
    }
  }

  private record Request(String partnerId, String key, String hash, Function<Recorder, Future<String>> operation, long waitUntil) {}

  public Future<String> once(String partnerId, String key, String requestHash, Function<Recorder, Future<String>> operation) {
    if (key == null) {
      return operation.apply((conn, response) -> Future.succeededFuture(response));
    }
    if (key.length() > 200) {
      return Future.failedFuture(ApiError.of(400, ErrorCode.BAD_REQUEST, "Idempotency-Key is longer than 200 characters", "order").exception());
    }
    return attempt(new Request(partnerId, key, requestHash, operation, System.currentTimeMillis() + WAIT_BUDGET_MS), FIRST_WAIT_MS);
  }

  private Future<String> attempt(Request r, long wait) {
    String token = UUID.randomUUID().toString();
    return pool.preparedQuery(sql.claim)
        .execute(Tuple.of(r.partnerId(), r.key(), r.hash(), OffsetDateTime.now(clock), token, LEASE_SECONDS))
        .compose(claimed -> claimed.size() == 1 ? carryOut(r, token) : existing(r, wait));
  }

  /** Someone holds the key: its response, a 422 for another body, a lapsed claim to take over, or a wait. */
  private Future<String> existing(Request r, long wait) {
    return pool.preparedQuery(sql.find).execute(Tuple.of(r.partnerId(), r.key())).compose(rows -> {
      if (rows.size() == 0) {
        return attempt(r, wait);
      }
      Row row = rows.iterator().next();
      if (!row.getString("request_hash").equals(r.hash())) {
        throw ApiError.of(422, ErrorCode.UNPROCESSABLE,
            "Idempotency-Key " + r.key() + " was already used with a different request", "order").exception();
      }
      if (row.getString("response") != null) {
        return Future.succeededFuture(row.getString("response"));
      }
      if (Boolean.TRUE.equals(row.getBoolean("lapsed"))) {
        String token = UUID.randomUUID().toString();
        return pool.preparedQuery(sql.takeOver)
            .execute(Tuple.of(r.partnerId(), r.key(), row.getString("claim_token"), token, LEASE_SECONDS, r.hash()))
            .compose(taken -> taken.size() == 1 ? carryOut(r, token) : attempt(r, wait));
      }
      if (System.currentTimeMillis() > r.waitUntil()) {
        throw ApiError.of(503, ErrorCode.UNAVAILABLE, "the first request with Idempotency-Key " + r.key()
            + " is still being processed; retry shortly", "order").exception();
      }
      return vertx.timer(wait).compose(v -> attempt(r, Math.min(LONGEST_WAIT_MS, wait * 2)));
    });
  }

  private Future<String> carryOut(Request r, String token) {
    Recorder recorder = (conn, response) -> conn.preparedQuery(sql.record)
        .execute(Tuple.of(r.partnerId(), r.key(), token, response))
        .map(rows -> {
          if (rows.size() == 0) {
            throw new ClaimLost();
          }
          return response;
        });
    Future<String> done;
    try {
      done = r.operation().apply(recorder);
    } catch (RuntimeException e) {
      done = Future.failedFuture(e);
    }
    return done.recover(e -> e instanceof ClaimLost
        ? attempt(r, FIRST_WAIT_MS)
        : pool.preparedQuery(sql.release).execute(Tuple.of(r.partnerId(), r.key(), token))
            .transform(released -> Future.failedFuture(e)));
  }
}
