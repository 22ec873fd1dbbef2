package dev.rvi.catalog.search;

import dev.rvi.catalog.price.IndexedPrice;
import dev.rvi.catalog.price.PriceMapper;
import dev.rvi.catalog.price.PriceWindow;
import dev.rvi.catalog.sql.CatalogSql;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog node's current {@link PriceIndex}; Postgres stays the source of truth. The snapshot is built
 * again, off the event loop, when a price sheet was loaded (here at once; a load on another node is seen by
 * polling the newest sheet's id, within {@link #POLL_MS}), and when the clock passes a moment a price starts
 * or ends. A search that finds the snapshot out of date waits for the next one, which is built once however
 * many wait; it never answers from prices that are not in force.
 */
public final class CatalogIndex {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogIndex.class);
  public static final long POLL_MS = 2_000;
  private static final int FETCH = 5_000;

  private final Pool pool;
  private final Clock clock;
  private Vertx vertx;
  private volatile PriceIndex current;
  private Future<PriceIndex> building;

  public CatalogIndex(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Called by each catalog verticle as it starts; the first one builds the index and starts the polling. */
  public synchronized Future<PriceIndex> start(Vertx vertx) {
    if (this.vertx == null) {
      this.vertx = vertx;
      vertx.setPeriodic(POLL_MS, id -> poll());
    }
    return current != null ? Future.succeededFuture(current) : rebuild();
  }

  /** The snapshot of the prices in force now. */
  public Future<PriceIndex> now() {
    PriceIndex index = current;
    if (index != null && index.holdsAt(clock.instant())) {
      return Future.succeededFuture(index);
    }
    return rebuild();
  }

  /** A new snapshot from the database; while one is being built, callers share it. */
  public synchronized Future<PriceIndex> rebuild() {
    if (building != null) {
      return building;
    }
    Instant at = clock.instant();
    Promise<PriceIndex> promise = Promise.promise();
    building = promise.future();
    load(at).onComplete(ar -> {
      synchronized (this) {
        building = null;
        if (ar.succeeded()) {
          current = ar.result();
        }
      }
      promise.handle(ar);
    });
    return promise.future();
  }

  private void poll() {
    PriceIndex index = current;
    pool.query(CatalogSql.NEWEST_SHEET).execute()
        .compose(rows -> {
          long newest = rows.iterator().next().getLong(0);
          return index == null || newest != index.version() || !index.holdsAt(clock.instant()) ? rebuild().mapEmpty()
              : Future.succeededFuture();
        })
        .onFailure(e -> LOG.debug("price index not checked: {}", e.getMessage()));
  }

  /** One statement, so the rows, the validity window and the version come from one snapshot of the database. */
  private Future<PriceIndex> load(Instant at) {
    long began = System.nanoTime();
    List<IndexedPrice> prices = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    PriceWindow[] window = new PriceWindow[1];
    return pool.withTransaction(conn -> conn.prepare(CatalogSql.INDEX_PRICES).compose(statement -> {
      Promise<Void> done = Promise.promise();
      statement.createStream(FETCH, Tuple.of(at.atOffset(ZoneOffset.UTC)))
          .exceptionHandler(done::tryFail)
          .endHandler(v -> done.tryComplete())
          .handler(row -> {
            window[0] = PriceMapper.window(row);
            IndexedPrice price = PriceMapper.indexed(row, names);
            if (price != null) {
              prices.add(price);
            }
          });
      return done.future();
    })).compose(v -> vertx.executeBlocking(() -> new PriceIndex(prices, window[0].validFrom(), window[0].validUntil(),
            window[0].version()), false))
        .onSuccess(index -> LOG.info("price index: {} reservation prices in force at {}, until {} ({} ms)", index.size(), at,
            index.validUntil() == null ? "further notice" : index.validUntil(), (System.nanoTime() - began) / 1_000_000));
  }
}
