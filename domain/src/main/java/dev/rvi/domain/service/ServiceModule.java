package dev.rvi.domain.service;

import io.vertx.core.Deployable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
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

  /**
   * The services this one asks during its work and waits for (their addresses): the graph of these asks has no cycle,
   * so no service asks back one that is asking it. The gateway, which asks everyone, is not a service.
   */
  default Set<String> asks() {
    return Set.of();
  }

  /** The services this one sends events to through its transactional outbox (delivered, and retried, by a relay). */
  default Set<String> tells() {
    return Set.of();
  }

  /** Work after migrations and before the first request (reference data). */
  default Future<Void> prepare(Vertx vertx, Pool pool) {
    return Future.succeededFuture();
  }

  Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config);
}
