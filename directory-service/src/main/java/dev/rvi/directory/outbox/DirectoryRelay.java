package dev.rvi.directory.outbox;

import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.directory.DirectoryChange;
import dev.rvi.domain.directory.DirectoryChanges;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.outbox.OutboxCatchUp;
import dev.rvi.domain.outbox.OutboxTopic;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.List;

/**
 * Moves the directory's changes (written by triggers into {@code directory.outbox} in each change's transaction) to
 * the order service's copy, in order. A write's answer waits, at most two seconds, until the copy has it, so a cart
 * made right after a customer finds it.
 */
public final class DirectoryRelay {
  private static final long CATCH_UP_MS = 2_000;

  private final BusClient bus;
  private final OutboxTopic changes;
  private final OutboxCatchUp catchUp;

  public DirectoryRelay(Vertx vertx, Pool pool, BusClient bus) {
    this.bus = bus;
    this.changes = new OutboxTopic(pool, DirectorySql.OUTBOX, "change", this::send);
    this.catchUp = new OutboxCatchUp(vertx, pool, DirectorySql.OUTBOX, changes, CATCH_UP_MS);
  }

  public OutboxTopic topic() {
    return changes;
  }

  private Future<?> send(List<Row> claimed) {
    List<DirectoryChange> batch = claimed.stream().map(DirectoryChangeMapper::of).toList();
    return bus.ask(OrderContract.APPLY_DIRECTORY, new DirectoryChanges(batch), Caller.SYSTEM, "directory");
  }

  public <T> Future<T> after(T result) {
    return catchUp.after(result);
  }
}
