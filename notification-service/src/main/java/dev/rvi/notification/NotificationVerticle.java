package dev.rvi.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.notification.Audiences;
import dev.rvi.domain.notification.NotificationContract;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Answers the notification service's event-bus actions: events in from the outboxes (with the deliveries they
 * call for), the event feed, each partner's webhook endpoints and alert rules; and runs the deliveries and the
 * alert job.
 */
public final class NotificationVerticle extends ServiceVerticle {
  private static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  private static final String DELIVERIES = "deliveries";

  private final Pool pool;
  private final Clock clock;
  private final WebhookTargets targets;
  private final int webhookTimeoutMs;
  private final long alertIntervalMs;
  private final long busTimeoutMs;
  private WebhookDeliveries deliveries;

  public NotificationVerticle(Pool pool, Clock clock, boolean allowInsecureWebhooks, int webhookTimeoutMs, long alertIntervalMs, long busTimeoutMs) {
    super(Address.NOTIFICATION, "notification");
    this.pool = pool;
    this.clock = clock;
    this.targets = new WebhookTargets(allowInsecureWebhooks);
    this.webhookTimeoutMs = webhookTimeoutMs;
    this.alertIntervalMs = alertIntervalMs;
    this.busTimeoutMs = busTimeoutMs;
  }

  @Override
  protected void registerActions() {
    EventFeed feed = new EventFeed(pool, clock);
    WebhookEndpoints webhooks = new WebhookEndpoints(pool, clock, targets, this::nudgeDeliveries);
    BusClient bus = new BusClient(vertx, busTimeoutMs);
    AlertRules alerts = new AlertRules(pool, clock, bus, feed);
    CustomerFilter customers = new CustomerFilter(bus);
    // Only the services' outbox relays record events.
    onPlatform(NotificationContract.RECORD_EVENTS, (r, batch) -> feed.record(batch).onSuccess(v -> nudgeDeliveries()));
    on(NotificationContract.LIST_EVENTS, (r, q) -> doc(feed.list(Audiences.of(r.caller()), q)));
    on(NotificationContract.CREATE_WEBHOOK, (r, q) -> doc(customers.check(r.caller(), q.customerIds(), r.requestId())
        .compose(v -> webhooks.create(Audiences.of(r.caller()), q))));
    on(NotificationContract.LIST_WEBHOOKS, (r, q) -> doc(webhooks.list(Audiences.of(r.caller()))));
    on(NotificationContract.GET_WEBHOOK, (r, q) -> doc(webhooks.get(Audiences.of(r.caller()), q.webhookId())));
    on(NotificationContract.UPDATE_WEBHOOK, (r, q) -> doc(customers.check(r.caller(), q.customerIds(), r.requestId())
        .compose(v -> webhooks.update(Audiences.of(r.caller()), q))));
    on(NotificationContract.DELETE_WEBHOOK, (r, q) -> doc(webhooks.delete(Audiences.of(r.caller()), q.webhookId())));
    on(NotificationContract.ROTATE_WEBHOOK_SECRET, (r, q) -> doc(webhooks.rotate(Audiences.of(r.caller()), q.webhookId())));
    on(NotificationContract.PING_WEBHOOK, (r, q) -> doc(webhooks.ping(Audiences.of(r.caller()), q.webhookId())));
    on(NotificationContract.LIST_DELIVERIES, (r, q) -> doc(webhooks.deliveries(Audiences.of(r.caller()), q.webhookId())));
    on(NotificationContract.RETRY_DELIVERY, (r, q) -> doc(webhooks.retry(Audiences.of(r.caller()), q)));
    on(NotificationContract.CREATE_ALERT_RULE, (r, q) -> doc(customers.check(r.caller(), q.customerIds(), r.requestId())
        .compose(v -> alerts.create(r.caller().tenantId(), q))));
    on(NotificationContract.LIST_ALERT_RULES, (r, q) -> doc(alerts.list(r.caller().tenantId())));
    on(NotificationContract.GET_ALERT_RULE, (r, q) -> doc(alerts.get(r.caller().tenantId(), q.alertRuleId())));
    on(NotificationContract.DELETE_ALERT_RULE, (r, q) -> doc(alerts.delete(r.caller().tenantId(), q.alertRuleId())));
    on(NotificationContract.RUN_ALERTS, OPERATORS, (r, q) -> doc(alerts.runDue().map(n -> new JsonObject().put("alerts", n))));

    // One delivery loop and one alert job per process; several nodes are kept apart by their claims.
    WebhookDeliveries sender = jobs().get(DELIVERIES) != null ? null : new WebhookDeliveries(vertx, pool, clock, targets, webhookTimeoutMs);
    if (sender != null && jobs().putIfAbsent(DELIVERIES, sender) != null) {
      sender.stop();
    } else if (sender != null) {
      deliveries = sender;
      deliveries.start();
      if (alertIntervalMs > 0) {
        vertx.setPeriodic(alertIntervalMs, id -> alerts.runDue()
            .onFailure(e -> LoggerFactory.getLogger(NotificationVerticle.class).warn("alert rules wait: {}", e.getMessage())));
      }
    }
  }

  private void nudgeDeliveries() {
    WebhookDeliveries sender = jobs().get(DELIVERIES);
    if (sender != null) {
      sender.nudge();
    }
  }

  /** The process's one delivery loop, shared by the verticle's instances (the one that runs it, and the others to nudge it). */
  private LocalMap<String, WebhookDeliveries> jobs() {
    return vertx.sharedData().getLocalMap("rvi.notification.jobs");
  }

  private static Future<Document> doc(Future<JsonObject> result) {
    return result.map(Document::from);
  }

  @Override
  public Future<?> stop() throws Exception {
    if (deliveries != null) {
      deliveries.stop();
      jobs().removeIfPresent(DELIVERIES, deliveries);
    }
    return super.stop();
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
