package dev.rvi.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.support.SupportAction;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

/** Answers the support service's event-bus actions. The request flow itself comes with its issue. */
public final class SupportVerticle extends ServiceVerticle {
  private final Pool pool;

  public SupportVerticle(Pool pool) {
    super(Address.SUPPORT, "support");
    this.pool = pool;
  }

  @Override
  protected void registerActions() {
    on(SupportAction.COUNT_REQUESTS.name(), r -> pool.query("SELECT count(*) FROM support.support_request").execute()
        .map(rows -> new JsonObject().put("count", rows.iterator().next().getLong(0))));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
