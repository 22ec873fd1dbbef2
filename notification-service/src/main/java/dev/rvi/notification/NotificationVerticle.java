package dev.rvi.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.notification.WebhookCreate;
import dev.rvi.domain.notification.WebhookRef;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Answers the notification service's event-bus actions: events in from the outboxes (with the deliveries they
 * call for), the event feed, and each partner's webhook endpoints; and posts the deliveries.
 */
public final class NotificationVerticle extends ServiceVerticle {
  /** The types an endpoint may ask for. */
  static final Set<String> TYPES = Set.of("order.completed", "refund.completed", "exchange.completed", "reservation.expiring",
      "reservation.expired", "refundLimit.threshold", "webhook.ping");

  private final Pool pool;
  private final Clock clock;
  private final WebhookTargets targets;
  private WebhookDeliveries deliveries;

  public NotificationVerticle(Pool pool, Clock clock, boolean allowInsecureWebhooks) {
    super(Address.NOTIFICATION, "notification");
    this.pool = pool;
    this.clock = clock;
    this.targets = new WebhookTargets(allowInsecureWebhooks);
  }

  @Override
  protected void registerActions() {
    // Only the services' outbox relays record events.
    onPlatform(NotificationContract.RECORD_EVENTS, (r, batch) -> record(batch));
    on(NotificationContract.LIST_EVENTS, (r, q) -> list(r.caller().tenantId(), q).map(Document::from));
    on(NotificationContract.CREATE_WEBHOOK, (r, q) -> create(r.caller().tenantId(), q).map(Document::from));
    on(NotificationContract.LIST_WEBHOOKS, (r, q) -> pool.preparedQuery(NotificationSql.ENDPOINTS).execute(Tuple.of(r.caller().tenantId()))
        .map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(endpoint(row)));
          return Document.from(CollectionPage.of(items));
        }));
    on(NotificationContract.GET_WEBHOOK, (r, q) -> endpoint(r.caller().tenantId(), q.webhookId()).map(Document::from));
    on(NotificationContract.DELETE_WEBHOOK, (r, q) -> pool.preparedQuery(NotificationSql.ENDPOINT_DELETE)
        .execute(Tuple.of(q.webhookId(), r.caller().tenantId())).map(rows -> {
          if (rows.rowCount() == 0) {
            throw Errors.notFound("notification", "webhook " + q.webhookId() + " not found");
          }
          return Document.from(new JsonObject());
        }));
    on(NotificationContract.PING_WEBHOOK, (r, q) -> ping(r.caller().tenantId(), q.webhookId()).map(Document::from));
    on(NotificationContract.LIST_DELIVERIES, (r, q) -> endpoint(r.caller().tenantId(), q.webhookId())
        .compose(e -> pool.preparedQuery(NotificationSql.DELIVERIES).execute(Tuple.of(q.webhookId(), r.caller().tenantId())))
        .map(rows -> {
          JsonArray items = new JsonArray();
          for (Row row : rows) {
            items.add(new JsonObject().put("id", row.getLong("id")).put("eventId", row.getString("event_id")).put("type", row.getString("type"))
                .put("status", row.getString("status")).put("attempts", row.getInteger("attempts"))
                .put("responseCode", row.getInteger("response_code")).put("latencyMs", row.getInteger("latency_ms"))
                .put("error", row.getString("error")).put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString())
                .put("deliveredAt", row.getOffsetDateTime("delivered_at") == null ? null : row.getOffsetDateTime("delivered_at").toInstant().toString())
                .put("nextAttemptAt", row.getOffsetDateTime("next_attempt_at").toInstant().toString()));
          }
          return Document.from(CollectionPage.of(items));
        }));
    deliveries = new WebhookDeliveries(vertx, pool, clock, targets);
    deliveries.start();
  }

  /** The batch's new events, and in the same transaction the deliveries they call for. */
  private Future<EventsRecorded> record(EventBatch batch) {
    String[] ids = batch.events().stream().map(PartnerEvent::id).toArray(String[]::new);
    return pool.withTransaction(conn -> conn.preparedQuery(NotificationSql.RECORD).execute(Tuple.of(ContractJson.encode(batch)))
        .compose(recorded -> conn.preparedQuery(NotificationSql.PLAN_DELIVERIES).execute(Tuple.of((Object) ids))
            .map(v -> new EventsRecorded(recorded.rowCount()))));
  }

  private Future<JsonObject> create(String partnerId, WebhookCreate request) {
    targets.parse(request.url());
    List<String> events = request.events() == null ? List.of() : request.events();
    for (String type : events) {
      if (!TYPES.contains(type)) {
        throw Errors.badRequest("notification", "unknown event type " + type + "; the types are " + String.join(", ", TYPES.stream().sorted().toList()));
      }
    }
    List<String> customers = request.customerIds() == null ? List.of() : request.customerIds();
    String id = "wh_" + UUID.randomUUID().toString().replace("-", "");
    String secret = WebhookSignature.newSecret();
    return pool.preparedQuery(NotificationSql.ENDPOINT_INSERT).execute(Tuple.from(new Object[] {id, partnerId, request.url().trim(), secret,
            events.toArray(String[]::new), customers.toArray(String[]::new), request.description(), OffsetDateTime.now(clock)}))
        .compose(v -> endpoint(partnerId, id)).map(e -> e.put("secret", secret));
  }

  private Future<JsonObject> endpoint(String partnerId, String id) {
    return pool.preparedQuery(NotificationSql.ENDPOINT).execute(Tuple.of(id, partnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound("notification", "webhook " + id + " not found");
      }
      return endpoint(rows.iterator().next());
    });
  }

  private static JsonObject endpoint(Row row) {
    return new JsonObject().put("id", row.getString("id")).put("url", row.getString("url"))
        .put("events", new JsonArray(List.of(row.getArrayOfStrings("events")))).put("customerIds", new JsonArray(List.of(row.getArrayOfStrings("customer_ids"))))
        .put("description", row.getString("description")).put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString());
  }

  private Future<JsonObject> ping(String partnerId, String webhookId) {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    return endpoint(partnerId, webhookId).compose(e -> pool.withTransaction(conn -> conn.preparedQuery(NotificationSql.PING_EVENT)
            .execute(Tuple.of(eventId, partnerId, OffsetDateTime.now(clock), new JsonObject().put("webhookId", webhookId).encode()))
            .compose(v -> conn.preparedQuery(NotificationSql.PING_DELIVERY).execute(Tuple.of(webhookId, eventId)))))
        .map(v -> new JsonObject().put("eventId", eventId));
  }

  /** A partner's events: its tenant is its partner id, so the caller's own and its resellers-of-record events only. */
  private Future<JsonObject> list(String partnerId, EventQuery q) {
    return pool.preparedQuery(NotificationSql.LIST).execute(Tuple.from(new Object[] {partnerId, q.type(), q.customerId(),
        q.after() == null ? null : q.after().atOffset(ZoneOffset.UTC), q.size(), q.offset()})).map(rows -> {
          JsonArray items = new JsonArray();
          long total = 0;
          for (Row row : rows) {
            total = row.getLong("total");
            items.add(new JsonObject().put("id", row.getString("id")).put("type", row.getString("type"))
                .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString())
                .put("partnerId", row.getString("partner_id")).put("customerId", row.getString("customer_id"))
                .put("data", new JsonObject(row.getString("data"))));
          }
          return CollectionPage.of(items, total, q.offset(), q.pageUri());
        });
  }

  @Override
  public Future<?> stop() throws Exception {
    if (deliveries != null) {
      deliveries.stop();
    }
    return super.stop();
  }

  @Override
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
