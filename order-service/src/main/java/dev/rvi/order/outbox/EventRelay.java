package dev.rvi.order.outbox;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.EventBatch;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.PartnerEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/** Moves the partners' events (written with each purchase, refund and exchange) from the outbox to the notification service. */
public final class EventRelay {
  private final BusClient bus;
  private final OutboxTopic events;

  public EventRelay(Pool pool, BusClient bus) {
    this.bus = bus;
    this.events = new OutboxTopic(pool, "event", this::send);
  }

  public Future<Integer> deliver() {
    return events.deliver();
  }

  private Future<?> send(List<Row> claimed) {
    List<PartnerEvent> batch = new ArrayList<>();
    for (Row row : claimed) {
      batch.add(ContractJson.decode(row.getJsonObject("payload").encode(), PartnerEvent.class));
    }
    return bus.ask(NotificationContract.RECORD_EVENTS, new EventBatch(batch), Caller.SYSTEM, "outbox");
  }
}
