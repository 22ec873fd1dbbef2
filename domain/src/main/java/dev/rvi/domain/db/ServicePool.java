package dev.rvi.domain.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** One pool per service, shared by all of its verticle instances. */
public final class ServicePool {
  /** How long one statement may run (waiting on a lock included) before Postgres cancels it. */
  public static final long DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

  private ServicePool() {}

  /** A service's pool: its statements are cancelled by Postgres after {@code statementTimeoutMs} (0: never). */
  public static Pool create(Vertx vertx, DatabaseSettings settings, String name, int maxSize, long statementTimeoutMs) {
    PgConnectOptions connect = settings.connectOptions();
    if (statementTimeoutMs > 0) {
      connect.addProperty("statement_timeout", Long.toString(statementTimeoutMs));
    }
    return build(vertx, connect, name, maxSize);
  }

  /** A pool without a statement timeout: the command-line imports, whose bulk statements may run long. */
  public static Pool create(Vertx vertx, DatabaseSettings settings, String name, int maxSize) {
    return build(vertx, settings.connectOptions(), name, maxSize);
  }

  private static Pool build(Vertx vertx, PgConnectOptions connect, String name, int maxSize) {
    PoolOptions options = new PoolOptions()
        .setName("rvi-" + name)
        .setMaxSize(maxSize)
        // Bounded waits: under overload a caller gets a quick failure, not an endless queue.
        .setMaxWaitQueueSize(maxSize * 64)
        .setConnectionTimeout(5)
        .setIdleTimeout(300);
    return PgBuilder.pool().with(options).connectingTo(connect).using(vertx).build();
  }
}
