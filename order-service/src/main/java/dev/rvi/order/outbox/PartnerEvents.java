package dev.rvi.order.outbox;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.outbox.EventOutbox;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;

/** The order service's outbox ({@code orders.outbox}): partners' events written in the transactions of their changes. */
public final class PartnerEvents {
  private static final EventOutbox OUTBOX = new EventOutbox(OrderSql.OUTBOX);

  private PartnerEvents() {}

  public static Future<Void> write(SqlClient conn, String type, String partnerId, String resellerPartnerId, String customerId,
                                   Instant at, JsonObject data) {
    return OUTBOX.write(conn, type, partnerId, resellerPartnerId, customerId, at, data);
  }

  /** Moves the events to the notification service. */
  public static OutboxTopic relay(Pool pool, BusClient bus) {
    return OUTBOX.relay(pool, bus);
  }
}
