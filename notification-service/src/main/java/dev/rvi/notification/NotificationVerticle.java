package dev.rvi.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.db.PoolHealth;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;

/** Answers the notification service's event-bus actions: events in from the outboxes, the feed out. */
public final class NotificationVerticle extends ServiceVerticle {
  private final Pool pool;

  public NotificationVerticle(Pool pool) {
    super(Address.NOTIFICATION, "notification");
    this.pool = pool;
  }

  @Override
  protected void registerActions() {
    // Only the services' outbox relays record events.
    onPlatform(NotificationContract.RECORD_EVENTS, (r, batch) -> pool.preparedQuery(NotificationSql.RECORD)
        .execute(Tuple.of(ContractJson.encode(batch))).map(rows -> new EventsRecorded(rows.rowCount())));
    on(NotificationContract.LIST_EVENTS, (r, q) -> list(r.caller().tenantId(), q).map(Document::from));
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
  protected Future<?> health() {
    return PoolHealth.check(pool);
  }
}
