package dev.rvi.domain.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** One pool per service, shared by all of its verticle instances. */
public final class ServicePool {
  private ServicePool() {}

  public static Pool create(Vertx vertx, DatabaseSettings settings, String name, int maxSize) {
    PoolOptions options = new PoolOptions()
        .setName("rvi-" + name)
        .setMaxSize(maxSize)
        // Bounded waits: under overload a caller gets a quick failure, not an endless queue.
        .setMaxWaitQueueSize(maxSize * 64)
        .setConnectionTimeout(5)
        .setIdleTimeout(300);
    return PgBuilder.pool().with(options).connectingTo(settings.connectOptions()).using(vertx).build();
  }
}
