package dev.rvi.order.outbox;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.ChargeBatch;
import dev.rvi.domain.billing.ChargeEvent;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.outbox.OutboxTopic;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves charge events from the outbox (written in the same transaction as each charge or credit) to the
 * billing service: a batch is claimed with a lease in one short statement, sent, then marked delivered.
 * A batch whose sending failed is given back at once (or, if this node died, when its lease lapses) and
 * sent again; billing keeps each charge once, so a replay is harmless. Runs on a timer, and right after each purchase, refund, exchange or renewal, whose
 * answer waits (briefly) until billing has its charges, so an invoice read next shows them.
 */
public final class ChargeRelay {
  private static final Logger LOG = LoggerFactory.getLogger(ChargeRelay.class);
  private static final long CATCH_UP_MS = 1_000;

  private final Vertx vertx;
  private final Pool pool;
  private final BusClient bus;
  private final OutboxTopic charges;
  // Touched only on the order verticle's event loop (after() is called from its handlers).
  private List<Promise<Void>> waiting = new ArrayList<>();
  private boolean roundRunning;

  public ChargeRelay(Vertx vertx, Pool pool, BusClient bus) {
    this.vertx = vertx;
    this.pool = pool;
    this.bus = bus;
    this.charges = new OutboxTopic(pool, OrderSql.OUTBOX, "charge", this::send);
  }

  /** Delivers what is pending, batch after batch; answers how many events went. */
  public Future<Integer> deliver() {
    return charges.deliver();
  }

  private Future<?> send(List<Row> claimed) {
    List<ChargeEvent> events = new ArrayList<>();
    for (Row row : claimed) {
      events.add(ContractJson.decode(row.getJsonObject("payload").encode(), ChargeEvent.class));
    }
    return bus.ask(BillingContract.RECORD_CHARGES, new ChargeBatch(events), Caller.SYSTEM, "outbox");
  }

  /**
   * After a write that made charges: the answer waits until billing has every event committed before it
   * (another node's relay may hold some), at most a second; a billing service that is down does not hold
   * the answer up (its charges follow when it is back). Writers that finish while a round is under way
   * share the next round, so many concurrent checkouts cost one claim and one message, not one each.
   */
  public <T> Future<T> after(T result) {
    Promise<Void> caughtUp = Promise.promise();
    waiting.add(caughtUp);
    if (!roundRunning) {
      nextRound();
    }
    return caughtUp.future().transform(done -> Future.succeededFuture(result));
  }

  private void nextRound() {
    List<Promise<Void>> round = waiting;
    waiting = new ArrayList<>();
    roundRunning = true;
    pool.preparedQuery(OrderSql.OUTBOX.newest).execute(Tuple.of(charges.topic()))
        .compose(rows -> catchUp(rows.iterator().next().getLong(0), System.currentTimeMillis() + CATCH_UP_MS))
        .onComplete(done -> {
          if (done.failed()) {
            LOG.warn("charges wait in the outbox for billing: {}", done.cause().getMessage());
          }
          round.forEach(Promise::tryComplete);
          roundRunning = false;
          if (!waiting.isEmpty()) {
            nextRound();
          }
        });
  }

  private Future<Void> catchUp(Long newest, long until) {
    if (newest == null) {
      return Future.succeededFuture();
    }
    return deliver().compose(sent -> pool.preparedQuery(OrderSql.OUTBOX.pendingUpTo).execute(Tuple.of(newest, charges.topic())))
        .compose(pending -> {
          if (pending.size() == 0 || System.currentTimeMillis() > until) {
            return Future.succeededFuture();
          }
          return vertx.timer(20).compose(v -> catchUp(newest, until));
        });
  }
}
