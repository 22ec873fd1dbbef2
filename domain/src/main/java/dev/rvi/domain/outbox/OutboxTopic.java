package dev.rvi.domain.outbox;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One topic of a service's outbox and where its events go: a batch is claimed with a lease in one short statement,
 * sent, then marked delivered. A batch whose sending failed is given back at once (or, if this node died, when
 * its lease lapses) and sent again; the receiver keeps each event once, so a replay is harmless.
 */
public final class OutboxTopic {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxTopic.class);
  static final int BATCH = 500;
  static final int LEASE_SECONDS = 30;

  private final Pool pool;
  private final OutboxSql sql;
  private final String topic;
  private final Function<List<Row>, Future<?>> send;

  public OutboxTopic(Pool pool, OutboxSql sql, String topic, Function<List<Row>, Future<?>> send) {
    this.pool = pool;
    this.sql = sql;
    this.topic = topic;
    this.send = send;
  }

  public String topic() {
    return topic;
  }

  /** Delivers what is pending every {@code intervalMs}; a receiver that is away is waited for (logged at debug). */
  public void deliverEvery(Vertx vertx, long intervalMs) {
    vertx.setPeriodic(intervalMs, id -> deliver().onFailure(e -> LOG.debug("{} events wait for their receiver: {}", topic, e.getMessage())));
  }

  /** Delivers what is pending, batch after batch; answers how many events went. */
  public Future<Integer> deliver() {
    return pool.preparedQuery(sql.claim).execute(Tuple.of(BATCH, LEASE_SECONDS, topic)).compose(claimed -> {
      if (claimed.size() == 0) {
        return Future.succeededFuture(0);
      }
      List<Row> rows = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      for (Row row : claimed) {
        rows.add(row);
        ids.add(row.getLong("id"));
      }
      Future<Integer> sent = send.apply(rows)
          // Not delivered: the claim is given up at once, so the next tick (not the lease's end) tries again.
          .recover(e -> pool.preparedQuery(sql.release).execute(Tuple.of(ids.toArray(new Long[0])))
              .transform(released -> Future.failedFuture(e)))
          .compose(v -> pool.preparedQuery(sql.delivered).execute(Tuple.of(ids.toArray(new Long[0]))))
          .map(v -> ids.size());
      return sent.compose(n -> claimed.size() == BATCH ? deliver().map(more -> n + more) : Future.succeededFuture(n));
    });
  }
}
