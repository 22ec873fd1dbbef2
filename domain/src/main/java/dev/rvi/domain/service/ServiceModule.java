package dev.rvi.domain.service;

import io.vertx.core.Deployable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * How the launcher starts a service that owns a schema: migrate its schema (Flyway, once), make its
 * one shared pool, prepare reference data, then deploy as many verticle instances as asked, all on
 * that pool.
 */
public interface ServiceModule {

  /** The Postgres schema the service owns; its migrations live under {@code classpath:db/<schema>}. */
  String schema();

  /** The event-bus address the service answers on. */
  String address();

  /** Work after migrations and before the first request (reference data). */
  default Future<Void> prepare(Vertx vertx, Pool pool) {
    return Future.succeededFuture();
  }

  Supplier<Deployable> verticles(Pool pool, Clock clock, JsonObject config);
}
