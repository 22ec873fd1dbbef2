package dev.rvi.catalog.load;

import dev.rvi.catalog.pricesheet.PriceLoad;
import dev.rvi.catalog.pricesheet.PriceSheetParser;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.BusRequest;
import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The price-sheet loads this catalog verticle holds open. A page is read as one stream on this node, so a load's
 * pages and its commit come to the node's own address for it ({@link PriceSheetSender#address}); each page is read
 * by a worker thread from the parts as they arrive and staged batch by batch, so an open load holds no connection
 * while it waits. At most {@link #MAX_OPEN} loads are open per node; one left without a part for {@link #IDLE} is
 * given up, and one whose node stopped is given up when found (at a start, every minute, or when it is asked for).
 * Everything here runs on the verticle's event loop except the reading itself.
 */
public final class PriceLoads {
  private static final Logger LOG = LoggerFactory.getLogger(PriceLoads.class);
  private static final String SOURCE = "catalog";
  static final Duration IDLE = Duration.ofMinutes(10);
  /** Loads open at once on one node: each holds a little memory and, while reading a page, a worker thread. */
  public static final int MAX_OPEN = 8;
  /** A load younger than this is not probed: its node's address may not have reached every node yet. */
  private static final Duration PROBE_AFTER = Duration.ofSeconds(30);
  private static final long RETRY_MS = 5;

  private static final class Open {
    final PriceLoad load;
    final MessageConsumer<Object> consumer;
    PartFeed feed;
    Future<Void> page;
    long lastPartMs = System.currentTimeMillis();

    Open(PriceLoad load, MessageConsumer<Object> consumer) {
      this.load = load;
      this.consumer = consumer;
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final ReferenceData reference;
  private final CatalogIndex index;
  private final Function<String, Future<MessageConsumer<Object>>> serveAt;
  private final WorkerExecutor readers;
  private final Map<Long, Open> open = new HashMap<>();
  private final BusClient bus;
  /** The loads open on this node, over all of its catalog verticles. */
  private final AtomicInteger openOnNode;

  /** A counter the verticles of one node share (a local map holds only what is shareable). */
  private static final class NodeCount implements Shareable {
    final AtomicInteger count = new AtomicInteger();
  }

  /** {@code serveAt} registers this verticle's actions at one more address (the node's own for a load). */
  public PriceLoads(Vertx vertx, Pool pool, Clock clock, ReferenceData reference, CatalogIndex index,
                    Function<String, Future<MessageConsumer<Object>>> serveAt) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.reference = reference;
    this.index = index;
    this.serveAt = serveAt;
    this.bus = new BusClient(vertx, 5_000);
    // A page of a large sheet is read for minutes: on threads of their own, with no blocked-thread warning.
    this.readers = vertx.createSharedWorkerExecutor("rvi-price-loads", 2, 1, TimeUnit.HOURS);
    LocalMap<String, NodeCount> counts = vertx.sharedData().getLocalMap("rvi.catalog.loads");
    counts.putIfAbsent("open", new NodeCount());
    this.openOnNode = counts.get("open").count;
    vertx.setPeriodic(60_000, id -> {
      giveUpIdle();
      markOrphans(PROBE_AFTER);
    });
  }

  public Future<PriceLoadState> open(String name) {
    if (openOnNode.incrementAndGet() > MAX_OPEN) {
      openOnNode.decrementAndGet();
      throw ApiError.of(429, ErrorCode.TOO_MANY_REQUESTS, MAX_OPEN + " price loads are open on this catalog node; commit or abandon "
          + "one (DELETE /v1/admin/priceSheetLoads/{loadId}) before opening another", SOURCE).exception();
    }
    String named = name == null || name.isBlank() ? "api" : name;
    return PriceLoad.open(pool, clock, reference, named).compose(load -> serveAt.apply(PriceSheetSender.address(load.id()))
        .map(consumer -> {
          open.put(load.id(), new Open(load, consumer));
          LOG.info("price load {} ({}) opened", load.id(), named);
          return load.state(PriceSheetSender.address(load.id()));
        })
        .recover(e -> load.abandon("failed", e.getMessage()).transform(v -> Future.failedFuture(e))))
        .onFailure(e -> openOnNode.decrementAndGet());
  }

  /** One part of a page: taken when the reader has room; the page's last part answers when the page is written. */
  public Future<PriceLoadState> part(BusRequest request) {
    Open o = held(request.header(PriceSheetSender.LOAD_ID_HEADER));
    o.lastPartMs = System.currentTimeMillis();
    if (o.page == null) {
      PartFeed feed = new PartFeed();
      o.feed = feed;
      o.page = readers.executeBlocking(() -> {
        o.load.readPage(new InputStreamReader(feed, StandardCharsets.UTF_8));
        return null;
      }, false);
    }
    boolean pageEnd = Boolean.parseBoolean(request.header(PriceSheetSender.PAGE_END_HEADER));
    Promise<Void> taken = Promise.promise();
    offer(o, request.bytes().getBytes(), taken);
    return taken.future().compose(v -> {
      if (!pageEnd) {
        return Future.succeededFuture(o.load.state(PriceSheetSender.address(o.load.id())));
      }
      o.feed.end();
      return pageDone(o);
    });
  }

  private void offer(Open o, byte[] part, Promise<Void> taken) {
    if (o.page.failed()) {
      pageDone(o).onComplete(ar -> taken.fail(ar.cause() != null ? ar.cause() : new IllegalStateException("page failed")));
      return;
    }
    if (o.feed.offer(part)) {
      taken.complete();
    } else {
      vertx.setTimer(RETRY_MS, id -> offer(o, part, taken));
    }
  }

  /** The page's outcome; the next part starts a new page either way. */
  private Future<PriceLoadState> pageDone(Open o) {
    Future<Void> page = o.page;
    return page.transform(ar -> {
      o.page = null;
      o.feed = null;
      if (ar.failed()) {
        Throwable cause = ar.cause();
        return Future.failedFuture(cause instanceof PriceSheetParser.NotAPriceSheet ? Errors.badRequest(SOURCE, cause.getMessage()) : cause);
      }
      return Future.succeededFuture(o.load.state(PriceSheetSender.address(o.load.id())));
    });
  }

  public Future<PriceSheetReport> commit(long loadId) {
    Open o = held(Long.toString(loadId));
    if (o.page != null) {
      throw ApiError.of(409, ErrorCode.CONFLICT, "price load " + loadId + " is still reading a page; commit after its last part",
          SOURCE).exception();
    }
    forget(loadId);
    return o.load.commit()
        .compose(report -> index.rebuild().map(report))
        .onSuccess(report -> LOG.info("price load {} committed: {} rows loaded, {} skipped, {} rejected", loadId, report.rowsLoaded(),
            report.rowsSkipped(), report.rowsRejected()))
        .eventually(() -> o.consumer.unregister());
  }

  /** No longer held here: out of the map and of the node's count. */
  private void forget(long loadId) {
    if (open.remove(loadId) != null) {
      openOnNode.decrementAndGet();
    }
  }

  /** Gives a load up: one this node holds, or (asked at the catalog's address) an open one whose node is gone. */
  public Future<PriceLoadState> abandon(long loadId) {
    Open o = open.get(loadId);
    if (o == null) {
      return get(loadId).compose(state -> !"open".equals(state.status()) ? Future.succeededFuture(state)
          : orphaned(loadId).compose(gone -> {
            if (!gone) {
              throw ApiError.of(503, ErrorCode.UNAVAILABLE, "price load " + loadId + " is held by another catalog node; try again",
                  SOURCE).exception();
            }
            return get(loadId);
          }));
    }
    return giveUp(o, "abandoned").map(v -> o.load.state(null));
  }

  /** Whether nobody serves the load's address any more; if so, it is marked abandoned and its staged rows cleared. */
  private Future<Boolean> orphaned(long loadId) {
    return bus.served(PriceSheetSender.address(loadId)).compose(served -> {
      if (served) {
        return Future.succeededFuture(false);
      }
      LOG.warn("price load {} given up: the catalog node serving it stopped", loadId);
      return pool.preparedQuery(CatalogSql.LOAD_ORPHANED).execute(Tuple.of(loadId, OffsetDateTime.now(clock)))
          .compose(v -> pool.preparedQuery(CatalogSql.UNSTAGE).execute(Tuple.of(loadId))).map(true);
    });
  }

  private Future<Void> giveUp(Open o, String why) {
    forget(o.load.id());
    if (o.feed != null) {
      o.feed.breakOff();
    }
    Future<Void> reading = o.page == null ? Future.succeededFuture() : o.page.otherwiseEmpty();
    return reading.compose(v -> o.load.abandon(why, null)).eventually(() -> o.consumer.unregister());
  }

  private void giveUpIdle() {
    long now = System.currentTimeMillis();
    for (Open o : new ArrayList<>(open.values())) {
      if (o.page == null && now - o.lastPartMs > IDLE.toMillis()) {
        LOG.warn("price load {} given up: no part for {} minutes", o.load.id(), IDLE.toMinutes());
        giveUp(o, "abandoned");
      }
    }
  }

  /** When the verticle stops, what it holds is given up (the transactions would end with the connections anyway). */
  public Future<Void> close() {
    List<Future<Void>> all = new ArrayList<>();
    for (Open o : new ArrayList<>(open.values())) {
      all.add(giveUp(o, "abandoned"));
    }
    return Future.join(all).mapEmpty();
  }

  /** Loads still open whose node stopped without giving them up (nobody answers at their address), and staged rows of ended loads. */
  public Future<Void> markOrphans() {
    return markOrphans(Duration.ZERO);
  }

  private Future<Void> markOrphans(Duration settledFor) {
    OffsetDateTime settled = OffsetDateTime.now(clock).minus(settledFor);
    return pool.preparedQuery(CatalogSql.LOADS_OPEN).execute(Tuple.of(settled)).compose(rows -> {
      List<Future<Boolean>> probes = new ArrayList<>();
      for (Row r : rows) {
        long loadId = PriceLoadStateMapper.id(r);
        if (!open.containsKey(loadId)) {
          probes.add(orphaned(loadId));
        }
      }
      return Future.join(probes);
    }).compose(v -> pool.query(CatalogSql.UNSTAGE_ENDED).execute()).<Void>mapEmpty().recover(e -> {
      LOG.debug("orphaned price loads not looked at: {}", e.getMessage());
      return Future.succeededFuture();
    });
  }

  private Open held(String loadId) {
    Open o = null;
    try {
      o = open.get(Long.parseLong(loadId));
    } catch (NumberFormatException | NullPointerException e) {
      // not a load id
    }
    if (o == null) {
      throw Errors.notFound(SOURCE, "price load " + loadId + " is not open (it was committed, given up, or never opened)");
    }
    return o;
  }

  // Any node: from the progress table

  public Future<PriceLoadState> get(long loadId) {
    return pool.preparedQuery(CatalogSql.LOAD_GET).execute(Tuple.of(loadId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "price load " + loadId + " not found");
      }
      return PriceLoadStateMapper.of(rows.iterator().next());
    });
  }

  public Future<JsonObject> list() {
    return pool.query(CatalogSql.LOAD_LIST).execute().map(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        items.add(Jsons.toJson(PriceLoadStateMapper.of(r)));
      }
      return CollectionPage.of(items);
    });
  }
}
