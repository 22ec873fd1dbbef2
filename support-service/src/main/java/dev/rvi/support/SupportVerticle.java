package dev.rvi.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.support.SupportAction;
import dev.rvi.domain.support.SupportAgentAction;
import dev.rvi.domain.support.SupportQuery;
import dev.rvi.domain.support.SupportRequestFiling;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** Answers the support service's event-bus actions. */
public final class SupportVerticle extends ServiceVerticle {
  private final Pool pool;
  private final Clock clock;
  private final long orderTimeoutMs;

  public SupportVerticle(Pool pool, Clock clock, long orderTimeoutMs) {
    super(Address.SUPPORT, "support");
    this.pool = pool;
    this.clock = clock;
    this.orderTimeoutMs = orderTimeoutMs;
  }

  @Override
  protected void registerActions() {
    SupportRequests requests = new SupportRequests(pool, clock, new BusClient(vertx, orderTimeoutMs));
    on(SupportAction.COUNT_REQUESTS.name(), r -> pool.query(SupportSql.COUNT).execute()
        .map(rows -> new JsonObject().put("count", rows.iterator().next().getLong(0))));
    on(SupportAction.FILE.name(), r -> requests.file(r.caller(), r.body(SupportRequestFiling.class), r.requestId()));
    on(SupportAction.LIST_FOR_CUSTOMER.name(), r -> requests.listForCustomer(r.caller(), r.body(SupportQuery.class), r.requestId()));
    on(SupportAction.GET_FOR_PARTNER.name(), r -> requests.forPartner(r.caller(), r.body(SupportQuery.class)));
    on(SupportAction.QUEUE.name(), r -> requests.queue(r.body(SupportQuery.class)));
    on(SupportAction.GET_FOR_AGENT.name(), r -> requests.forAgent(r.body(SupportQuery.class)));
    on(SupportAction.ASSIGN.name(), r -> requests.assign(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.NOTE.name(), r -> requests.note(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.APPROVE.name(), r -> requests.approve(r.caller(), r.body(SupportAgentAction.class), r.requestId()));
    on(SupportAction.REJECT.name(), r -> requests.reject(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.CLOSE.name(), r -> requests.close(r.caller(), r.body(SupportAgentAction.class)));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
