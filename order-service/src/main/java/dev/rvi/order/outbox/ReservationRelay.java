package dev.rvi.order.outbox;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.outbox.OutboxCatchUp;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.domain.usage.ReservationChange;
import dev.rvi.domain.usage.ReservationChanges;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves reservation changes (written by a trigger into the outbox in each change's transaction) to the usage service's
 * copy of the reservations in force. A write that changed reservations answers once the copy has them, at most a
 * second later, so advice and roll-ups asked next see them.
 */
public final class ReservationRelay {
  private static final long CATCH_UP_MS = 1_000;

  private final BusClient bus;
  private final OutboxTopic changes;
  private final OutboxCatchUp catchUp;

  public ReservationRelay(Vertx vertx, Pool pool, BusClient bus) {
    this.bus = bus;
    this.changes = new OutboxTopic(pool, OrderSql.OUTBOX, "reservation", this::send);
    this.catchUp = new OutboxCatchUp(vertx, pool, OrderSql.OUTBOX, changes, CATCH_UP_MS);
  }

  public OutboxTopic topic() {
    return changes;
  }

  /** What the reservation trigger writes: insert, update or delete, the row as JSON, and when (microseconds). */
  private record Change(String op, String row, long at) {}

  private Future<?> send(List<Row> claimed) {
    List<ReservationChange> batch = new ArrayList<>();
    for (Row row : claimed) {
      OutboxRowMapper.OutboxRow change = OutboxRowMapper.of(row);
      Change payload = Jsons.decode(change.payload(), Change.class);
      batch.add(new ReservationChange(payload.op(), payload.row(), payload.at(), change.id()));
    }
    return bus.ask(UsageContract.APPLY_RESERVATIONS, new ReservationChanges(batch), Caller.SYSTEM, "outbox");
  }

  public <T> Future<T> after(T result) {
    return catchUp.after(result);
  }
}
