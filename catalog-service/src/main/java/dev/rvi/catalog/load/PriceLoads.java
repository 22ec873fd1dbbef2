package dev.rvi.catalog.load;

import dev.rvi.catalog.pricesheet.PriceLoad;
import dev.rvi.catalog.pricesheet.PriceSheetParser;
import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.search.CatalogIndex;
import dev.rvi.catalog.sql.CatalogSql;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The price-sheet loads this catalog verticle holds open. A load's transaction lives on this node, so its pages
 * and its commit come to the node's own address for it ({@link PriceSheetSender#address}); each page is read
 * by a worker thread from the parts as they arrive. A load left without a part for {@link #IDLE} is given up.
 * Everything here runs on the verticle's event loop except the reading itself.
 */
public final class PriceLoads {
  private static final Logger LOG = LoggerFactory.getLogger(PriceLoads.class);
  private static final String SOURCE = "catalog";
  static final Duration IDLE = Duration.ofMinutes(10);
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

  /** {@code serveAt} registers this verticle's actions at one more address (the node's own for a load). */
  public PriceLoads(Vertx vertx, Pool pool, Clock clock, ReferenceData reference, CatalogIndex index,
                    Function<String, Future<MessageConsumer<Object>>> serveAt) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.reference = reference;
    this.index = index;
    this.serveAt = serveAt;
    // A page of a large sheet is read for minutes: on threads of their own, with no blocked-thread warning.
    this.readers = vertx.createSharedWorkerExecutor("rvi-price-loads", 2, 1, TimeUnit.HOURS);
    vertx.setPeriodic(60_000, id -> giveUpIdle());
  }

  public Future<PriceLoadState> open(String name) {
    String named = name == null || name.isBlank() ? "api" : name;
    return PriceLoad.open(pool, clock, reference, named).compose(load -> serveAt.apply(PriceSheetSender.address(load.id()))
        .map(consumer -> {
          open.put(load.id(), new Open(load, consumer));
          LOG.info("price load {} ({}) opened", load.id(), named);
          return load.state(PriceSheetSender.address(load.id()));
        })
        .recover(e -> load.abandon("failed", e.getMessage()).transform(v -> Future.failedFuture(e))));
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
    open.remove(loadId);
    return o.load.commit()
        .compose(report -> index.rebuild().map(report))
        .onSuccess(report -> LOG.info("price load {} committed: {} rows loaded, {} skipped, {} rejected", loadId, report.rowsLoaded(),
            report.rowsSkipped(), report.rowsRejected()))
        .eventually(() -> o.consumer.unregister());
  }

  public Future<PriceLoadState> abandon(long loadId) {
    Open o = held(Long.toString(loadId));
    return giveUp(o, "abandoned").map(v -> o.load.state(null));
  }

  private Future<Void> giveUp(Open o, String why) {
    open.remove(o.load.id());
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

  /** Loads still open from a node that stopped without giving them up. */
  public Future<Void> markOrphans() {
    return pool.preparedQuery(CatalogSql.LOAD_ORPHANS).execute(Tuple.of(OffsetDateTime.now(clock).minus(IDLE.multipliedBy(3)))).mapEmpty();
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
      return state(rows.iterator().next());
    });
  }

  public Future<JsonObject> list() {
    return pool.query(CatalogSql.LOAD_LIST).execute().map(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        items.add(Jsons.toJson(state(r)));
      }
      return CollectionPage.of(items);
    });
  }

  private static PriceLoadState state(Row r) {
    long id = r.getLong("id");
    String status = r.getString("status");
    return new PriceLoadState(id, r.getString("name"), status, status.equals("open") ? PriceSheetSender.address(id) : null,
        r.getInteger("pages"), r.getInteger("rows_read"), r.getInteger("rows_loaded"), r.getInteger("rows_skipped"),
        r.getInteger("rows_rejected"), r.getOffsetDateTime("started_at").toInstant(), r.getLong("price_sheet_id"));
  }
}
