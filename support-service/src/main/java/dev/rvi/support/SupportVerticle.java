package dev.rvi.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.outbox.EventOutbox;
import dev.rvi.domain.outbox.OutboxNudge;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.domain.support.SupportContract;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;

/** Answers the support service's event-bus actions. */
public final class SupportVerticle extends ServiceVerticle {
  private static final Set<String> AGENTS = Set.of(Role.SUPPORT_AGENT);
  private static final long OUTBOX_INTERVAL_MS = 1_000;
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
    BusClient bus = new BusClient(vertx, orderTimeoutMs);
    SupportRequests requests = new SupportRequests(pool, clock, bus);
    OutboxTopic events = new EventOutbox(SupportSql.OUTBOX).relay(pool, bus);
    OutboxNudge eventsNow = new OutboxNudge(events);
    on(SupportContract.FILE, (r, q) -> requests.file(r.caller(), q, r.requestId()).compose(eventsNow::after).map(Document::from));
    on(SupportContract.LIST_FOR_CUSTOMER, (r, q) -> requests.listForCustomer(r.caller(), q, r.requestId()).map(Document::from));
    on(SupportContract.GET_FOR_PARTNER, (r, q) -> requests.forPartner(r.caller(), q, r.requestId()).map(Document::from));
    on(SupportContract.LIST_FOR_PARTNER, Set.of(Role.ADMIN_AGENT), (r, q) -> requests.listForPartner(r.caller(), q, r.requestId()).map(Document::from));
    on(SupportContract.PARTNER_NOTE, (r, n) -> requests.partnerNote(r.caller(), n, r.requestId()).map(Document::from));
    on(SupportContract.QUEUE, AGENTS, (r, q) -> requests.queue(r.caller(), q, r.requestId()).map(Document::from));
    on(SupportContract.GET_FOR_AGENT, AGENTS, (r, q) -> requests.forAgent(r.caller(), q, r.requestId()).map(Document::from));
    on(SupportContract.ASSIGN, AGENTS, (r, a) -> requests.assign(r.caller(), a).compose(eventsNow::after).map(Document::from));
    on(SupportContract.NOTE, AGENTS, (r, a) -> requests.note(r.caller(), a).compose(eventsNow::after).map(Document::from));
    on(SupportContract.APPROVE, AGENTS, (r, a) -> requests.approve(r.caller(), a, r.requestId()).compose(eventsNow::after).map(Document::from));
    on(SupportContract.REJECT, AGENTS, (r, a) -> requests.reject(r.caller(), a).compose(eventsNow::after).map(Document::from));
    on(SupportContract.CLOSE, AGENTS, (r, a) -> requests.close(r.caller(), a).compose(eventsNow::after).map(Document::from));

    // One relay per process; relays on several nodes are kept apart by their claims.
    if (vertx.sharedData().<String, String>getLocalMap("rvi.support.jobs").putIfAbsent("relay", deploymentID()) == null) {
      events.deliverEvery(vertx, OUTBOX_INTERVAL_MS);
    }
  }

  @Override
  public Future<?> stop() throws Exception {
    vertx.sharedData().<String, String>getLocalMap("rvi.support.jobs").removeIfPresent("relay", deploymentID());
    return super.stop();
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
