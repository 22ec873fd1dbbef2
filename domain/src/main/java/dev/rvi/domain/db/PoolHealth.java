package dev.rvi.domain.db;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

/** A service's health: can its pool reach Postgres right now. */
public final class PoolHealth {
  private PoolHealth() {}

  public static Future<JsonObject> check(Pool pool) {
    return pool.query("SELECT 1").execute()
        .map(rows -> new JsonObject().put("status", "UP").put("postgres", "UP"))
        .otherwise(e -> new JsonObject().put("status", "DOWN").put("postgres", "DOWN").put("reason", e.getMessage()));
  }
}
