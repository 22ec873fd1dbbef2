package dev.rvi.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Role;
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
import java.util.Set;

/** Answers the support service's event-bus actions. */
public final class SupportVerticle extends ServiceVerticle {
  private static final Set<String> AGENTS = Set.of(Role.SUPPORT_AGENT);
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
    on(SupportAction.QUEUE.name(), AGENTS, r -> requests.queue(r.body(SupportQuery.class)));
    on(SupportAction.GET_FOR_AGENT.name(), AGENTS, r -> requests.forAgent(r.body(SupportQuery.class)));
    on(SupportAction.ASSIGN.name(), AGENTS, r -> requests.assign(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.NOTE.name(), AGENTS, r -> requests.note(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.APPROVE.name(), AGENTS, r -> requests.approve(r.caller(), r.body(SupportAgentAction.class), r.requestId()));
    on(SupportAction.REJECT.name(), AGENTS, r -> requests.reject(r.caller(), r.body(SupportAgentAction.class)));
    on(SupportAction.CLOSE.name(), AGENTS, r -> requests.close(r.caller(), r.body(SupportAgentAction.class)));
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
