package dev.rvi.order.outbox;

import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.notification.PartnerEvent;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a partner's event into the outbox in the transaction of the change it tells of: a change that rolls back
 * leaves no event, and the id given here stays the event's id however often the relay sends it.
 */
public final class PartnerEvents {
  public static final String ORDER_COMPLETED = "order.completed";
  public static final String REFUND_COMPLETED = "refund.completed";
  public static final String EXCHANGE_COMPLETED = "exchange.completed";
  public static final String REFUND_LIMIT_THRESHOLD = "refundLimit.threshold";

  private PartnerEvents() {}

  public static Future<Void> write(SqlConnection conn, String type, String partnerId, String resellerPartnerId, String customerId,
                                   Instant at, JsonObject data) {
    PartnerEvent event = new PartnerEvent("evt_" + UUID.randomUUID().toString().replace("-", ""), type, partnerId, resellerPartnerId,
        customerId, at, data.encode());
    return conn.preparedQuery(OrderSql.OUTBOX_EVENT).execute(Tuple.of(ContractJson.encode(event))).mapEmpty();
  }
}
