package dev.rvi.order.outbox;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargeBatch;
import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.outbox.OutboxCatchUp;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves charge events from the outbox (written in the same transaction as each charge or credit) to the
 * billing service, which keeps each charge once, so a replay is harmless. Runs on a timer, and right after each
 * purchase, refund, exchange or renewal, whose answer waits (at most a second) until billing has its charges, so an
 * invoice read next shows them.
 */
public final class ChargeRelay {
  private static final long CATCH_UP_MS = 1_000;

  private final BusClient bus;
  private final OutboxTopic charges;
  private final OutboxCatchUp catchUp;

  public ChargeRelay(Vertx vertx, Pool pool, BusClient bus) {
    this.bus = bus;
    this.charges = new OutboxTopic(pool, OrderSql.OUTBOX, "charge", this::send);
    this.catchUp = new OutboxCatchUp(vertx, pool, OrderSql.OUTBOX, charges, CATCH_UP_MS);
  }

  /** Delivers what is pending, batch after batch; answers how many events went. */
  public Future<Integer> deliver() {
    return charges.deliver();
  }

  private Future<?> send(List<Row> claimed) {
    List<ChargeEvent> events = new ArrayList<>();
    for (Row row : claimed) {
      events.add(ContractJson.decode(OutboxRowMapper.of(row).payload(), ChargeEvent.class));
    }
    return bus.ask(BillingContract.RECORD_CHARGES, new ChargeBatch(events), Caller.SYSTEM, "outbox");
  }

  /** After a write that made charges: the answer waits until billing has them. */
  public <T> Future<T> after(T result) {
    return catchUp.after(result);
  }
}
