package dev.rvi.notification;

import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.EventsRecorded;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Events in (from the outbox relays and the service's own jobs) with the deliveries they call for, and the feed out. */
final class EventFeed {
  private final Pool pool;
  private final Clock clock;

  EventFeed(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** The batch's new events, and in the same transaction the deliveries they call for; an event already here is skipped. */
  Future<EventsRecorded> record(EventBatch batch) {
    String[] ids = batch.events().stream().map(PartnerEvent::id).toArray(String[]::new);
    return pool.withTransaction(conn -> conn.preparedQuery(NotificationSql.RECORD).execute(Tuple.of(ContractJson.encode(batch)))
        .compose(recorded -> conn.preparedQuery(NotificationSql.PLAN_DELIVERIES).execute(Tuple.of(ids, OffsetDateTime.now(clock)))
            .map(v -> new EventsRecorded(recorded.rowCount()))));
  }

  /** A partner's events: its tenant is its partner id, so the caller's own and its resellers-of-record events only. */
  Future<JsonObject> list(String partnerId, EventQuery q) {
    return pool.preparedQuery(NotificationSql.LIST).execute(Tuple.from(new Object[] {partnerId, q.type(), q.customerId(),
        q.after() == null ? null : q.after().atOffset(ZoneOffset.UTC), q.size(), q.offset()})).map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(PartnerEventView.of(PartnerEventMapper.of(row))));
          return CollectionPage.of(items, PartnerEventMapper.total(rows), q.offset(), q.pageUri());
        });
  }
}
