package dev.rvi.domain.outbox;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a write whose events a reader needs next: the answer waits until the topic's receiver has every event
 * committed before it (another node's relay may hold some), at most {@code limitMs}; a receiver that is down does not
 * hold the answer up (its events follow when it is back). Writers that finish while a round is under way share the
 * next round, so many concurrent writes cost one claim and one message, not one each. Call it on one event loop.
 */
public final class OutboxCatchUp {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxCatchUp.class);

  private final Vertx vertx;
  private final Pool pool;
  private final OutboxSql sql;
  private final OutboxTopic topic;
  private final long limitMs;
  private List<Promise<Void>> waiting = new ArrayList<>();
  private boolean roundRunning;

  public OutboxCatchUp(Vertx vertx, Pool pool, OutboxSql sql, OutboxTopic topic, long limitMs) {
    this.vertx = vertx;
    this.pool = pool;
    this.sql = sql;
    this.topic = topic;
    this.limitMs = limitMs;
  }

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
    pool.preparedQuery(sql.newest).execute(Tuple.of(topic.topic()))
        .compose(rows -> catchUp(rows.iterator().next().getLong(0), System.currentTimeMillis() + limitMs))
        .onComplete(done -> {
          if (done.failed()) {
            LOG.warn("{} events wait in the outbox for their receiver: {}", topic.topic(), done.cause().getMessage());
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
    return topic.deliver().compose(sent -> pool.preparedQuery(sql.pendingUpTo).execute(Tuple.of(newest, topic.topic())))
        .compose(pending -> {
          if (pending.size() == 0 || System.currentTimeMillis() > until) {
            return Future.succeededFuture();
          }
          return vertx.timer(20).compose(v -> catchUp(newest, until));
        });
  }
}
