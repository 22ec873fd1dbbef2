package dev.rvi.order.outbox;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.directory.BenefitSubscriptionChange;
import dev.rvi.domain.directory.BenefitSubscriptionChanges;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.json.Jsons;
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
 * Moves savings-plan changes (written by a trigger into the outbox in each change's transaction, topic
 * {@code benefitSubscription}) to the directory, which lists each plan among the customer's subscriptions, as Partner
 * Center does, without asking this service. A purchase, change or renewal answers once the directory has it, at most
 * a second later, so the subscription list read next shows it.
 */
public final class BenefitSubscriptionRelay {
  private static final long CATCH_UP_MS = 1_000;

  private final BusClient bus;
  private final OutboxTopic changes;
  private final OutboxCatchUp catchUp;

  public BenefitSubscriptionRelay(Vertx vertx, Pool pool, BusClient bus) {
    this.bus = bus;
    this.changes = new OutboxTopic(pool, OrderSql.OUTBOX, "benefitSubscription", this::send);
    this.catchUp = new OutboxCatchUp(vertx, pool, OrderSql.OUTBOX, changes, CATCH_UP_MS);
  }

  public OutboxTopic topic() {
    return changes;
  }

  /** What the savings-plan trigger writes: the plan as JSON, and when (microseconds). */
  private record Change(String row, long at) {}

  private Future<?> send(List<Row> claimed) {
    List<BenefitSubscriptionChange> batch = new ArrayList<>();
    for (Row row : claimed) {
      OutboxRowMapper.OutboxRow change = OutboxRowMapper.of(row);
      Change payload = Jsons.decode(change.payload(), Change.class);
      batch.add(new BenefitSubscriptionChange(payload.row(), payload.at(), change.id()));
    }
    return bus.ask(DirectoryContract.APPLY_BENEFIT_SUBSCRIPTIONS, new BenefitSubscriptionChanges(batch), Caller.SYSTEM, "outbox");
  }

  public <T> Future<T> after(T result) {
    return catchUp.after(result);
  }
}
