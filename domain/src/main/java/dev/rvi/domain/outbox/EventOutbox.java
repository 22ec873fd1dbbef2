package dev.rvi.domain.outbox;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A service's events for partners: written into its outbox (topic {@code event}) in the transaction of the change
 * they tell of, so a change that rolls back leaves no event and the id given here stays the event's id however
 * often the relay sends it; and relayed from there to the notification service.
 */
public final class EventOutbox {
  static final String TOPIC = "event";
  private final OutboxSql sql;

  public EventOutbox(OutboxSql sql) {
    this.sql = sql;
  }

  public Future<Void> write(SqlClient conn, String type, String partnerId, String resellerPartnerId, String customerId, Instant at,
                            JsonObject data) {
    PartnerEvent event = new PartnerEvent("evt_" + UUID.randomUUID().toString().replace("-", ""), type, partnerId, resellerPartnerId,
        customerId, at, data.encode());
    return conn.preparedQuery(sql.insert).execute(Tuple.of(TOPIC, ContractJson.encode(event))).mapEmpty();
  }

  /** The relay of this outbox's events, on the platform's own account. */
  public OutboxTopic relay(Pool pool, BusClient bus) {
    return new OutboxTopic(pool, sql, TOPIC, claimed -> {
      List<PartnerEvent> batch = new ArrayList<>();
      for (Row row : claimed) {
        batch.add(ContractJson.decode(row.getJsonObject("payload").encode(), PartnerEvent.class));
      }
      return bus.ask(NotificationContract.RECORD_EVENTS, new EventBatch(batch), Caller.SYSTEM, "outbox");
    });
  }
}
