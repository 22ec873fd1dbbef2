package dev.rvi.catalog.pricesheet;

import dev.rvi.catalog.reference.ReferenceData;
import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.catalog.PriceSheetReport.RowProblem;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.notification.Audiences;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.outbox.EventOutbox;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.io.Reader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One price-sheet load, streamed: one or more pages (files, or Retail Prices pages that follow each other's
 * {@code NextPageLink}) read item by item and staged in batches under the load's id ({@code catalog.price_stage}),
 * then put in force by one short transaction at the commit, so the catalog shows all of the load or none of it.
 * No transaction and no connection is held between batches, so a load waiting for its next page holds nothing.
 * Memory stays bounded whatever the size: one item, one batch of rows and the first problems are held, never the
 * sheet. A row of the same key (size, region, type, term, start) as an earlier one of the same load is refused as
 * a duplicate; one of an earlier sheet is superseded.
 *
 * <p>{@link #readPage} blocks (it waits for the database between batches): call it on a worker thread or from
 * a command line, never on an event loop. The other methods answer futures.
 */
public final class PriceLoad {
  private static final Logger LOG = LoggerFactory.getLogger(PriceLoad.class);
  private static final EventOutbox EVENTS = new EventOutbox(CatalogSql.OUTBOX);
  private static final int BATCH = 2_000;
  private static final int REPORTED_PROBLEMS = 200;
  private static final int PROGRESS_EVERY = 20_000;

  private final Pool pool;
  private final Clock clock;
  private final ReferenceData reference;
  private final long id;
  private volatile Long sheetId;
  private final String name;
  private final OffsetDateTime startedAt;
  private final List<RowProblem> rejected = new ArrayList<>();
  private final List<RowProblem> skipped = new ArrayList<>();
  private volatile int pages;
  private volatile int rowsRead;
  private volatile int rowsLoaded;
  private volatile int rowsSkipped;
  private volatile int rowsRejected;
  private volatile String status = "open";

  private PriceLoad(Pool pool, Clock clock, ReferenceData reference, long id, String name, OffsetDateTime startedAt) {
    this.pool = pool;
    this.clock = clock;
    this.reference = reference;
    this.id = id;
    this.name = name;
    this.startedAt = startedAt;
  }

  /** Opens a load: its progress row, visible at once. */
  public static Future<PriceLoad> open(Pool pool, Clock clock, ReferenceData reference, String name) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return pool.preparedQuery(CatalogSql.LOAD_OPEN).execute(Tuple.of(name, now))
        .map(rows -> new PriceLoad(pool, clock, reference, rows.iterator().next().getLong(0), name, now));
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public PriceLoadState state(String address) {
    return new PriceLoadState(id, name, status, address, pages, rowsRead, rowsLoaded, rowsSkipped, rowsRejected,
        startedAt.toInstant(), sheetId);
  }

  /**
   * Reads one page to its end into the load, blocking. A page that is not a price sheet fails with
   * {@link PriceSheetParser.NotAPriceSheet}; the load stays open (its earlier pages are kept) and may be abandoned.
   */
  public void readPage(Reader page) {
    PageWriter writer = new PageWriter();
    int first = rowsRead;
    int read = new PriceSheetParser(reference).stream(page, writer, first);
    writer.flush();
    rowsRead = first + read;
    pages++;
    progress();
  }

  /**
   * Ends the load in one transaction: its price sheet, its staged rows in force, every price of the loaded keys with
   * its effective end, and the operator's event; the staged rows are cleared after.
   */
  public Future<PriceSheetReport> commit() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return pool.withTransaction(conn -> conn.preparedQuery(CatalogSql.INSERT_SHEET)
        .execute(Tuple.of(name, now, rowsRead, rowsLoaded, rowsSkipped, rowsRejected)).map(rows -> rows.iterator().next().getLong(0))
        .compose(sheet -> conn.preparedQuery(CatalogSql.LOAD_COMMITTED)
            .execute(Tuple.of(id, now, pages, rowsRead, rowsLoaded, rowsSkipped, rowsRejected, sheet))
            .compose(still -> {
              if (still.rowCount() == 0) {
                throw ApiError.of(409, ErrorCode.CONFLICT, "price load " + id + " was given up meanwhile; nothing of it is kept", "catalog")
                    .exception();
              }
              return conn.preparedQuery(CatalogSql.PUT_STAGED_IN_FORCE).execute(Tuple.of(id, sheet));
            })
            .compose(v -> conn.preparedQuery(CatalogSql.RECOMPUTE_EFFECTIVE_END_OF_SHEET).execute(Tuple.of(sheet)))
            .compose(v -> conn.query(CatalogSql.ANALYZE_PRICES).execute())
            .compose(v -> EVENTS.write(conn, EventTypes.PRICE_SHEET_LOADED, Audiences.OPERATOR, null, null, clock.instant(), new JsonObject()
                .put("priceSheetId", sheet).put("name", name).put("rowsRead", rowsRead).put("rowsLoaded", rowsLoaded)
                .put("rowsSkipped", rowsSkipped).put("rowsRejected", rowsRejected)))
            .map(sheet)))
        .compose(sheet -> {
          sheetId = sheet;
          status = "committed";
          return unstage().map(new PriceSheetReport(sheet, name, rowsRead, rowsLoaded, rowsSkipped, rowsRejected, List.copyOf(rejected),
              List.copyOf(skipped)));
        })
        .onFailure(e -> abandon("failed", e.getMessage()));
  }

  /** Gives the load up: nothing of it is kept. */
  public Future<Void> abandon(String why, String error) {
    if (!status.equals("open")) {
      return Future.succeededFuture();
    }
    status = why;
    return pool.preparedQuery(CatalogSql.LOAD_FINISH).execute(Tuple.of(id, status, OffsetDateTime.now(clock), pages, rowsRead, rowsLoaded,
        rowsSkipped, rowsRejected, null, error)).transform(v -> unstage());
  }

  private Future<Void> unstage() {
    return pool.preparedQuery(CatalogSql.UNSTAGE).execute(Tuple.of(id)).<Void>mapEmpty()
        .recover(e -> {
          LOG.warn("staged rows of load {} not cleared yet ({}); the next start clears them", id, e.getMessage());
          return Future.succeededFuture();
        });
  }

  /** Progress for anyone following the load, written outside its transaction; a failure to write it is not the load's. */
  private void progress() {
    try {
      waitFor(pool.preparedQuery(CatalogSql.LOAD_PROGRESS).execute(Tuple.of(id, OffsetDateTime.now(clock), pages, rowsRead, rowsLoaded,
          rowsSkipped, rowsRejected)));
    } catch (Exception e) {
      LOG.debug("progress of load {} not written: {}", id, e.getMessage());
    }
  }

  /** Collects a page's rows into batches and writes each, waiting for the database (so memory stays bounded). */
  private final class PageWriter implements PriceSheetParser.Sink {
    private List<PriceRow> rows = new ArrayList<>(BATCH);
    private List<Integer> indexes = new ArrayList<>(BATCH);
    private int sinceProgress;
    /** The batch the database is writing while the next one is read: reading and writing overlap. */
    private Future<RowSet<Row>> inFlight;
    private List<PriceRow> inFlightRows;
    private List<Integer> inFlightIndexes;

    @Override
    public void accepted(int index, PriceRow row) {
      rows.add(row);
      indexes.add(index);
      if (rows.size() >= BATCH) {
        send();
      }
    }

    @Override
    public void skipped(RowProblem problem) {
      rowsSkipped++;
      if (skipped.size() < REPORTED_PROBLEMS) {
        skipped.add(problem);
      }
    }

    @Override
    public void rejected(RowProblem problem) {
      rowsRejected++;
      if (rejected.size() < REPORTED_PROBLEMS) {
        rejected.add(problem);
      }
    }

    /** Sends the batch read so far, after the database answered the one before. */
    void send() {
      if (rows.isEmpty()) {
        return;
      }
      // Two rows of one key in one statement cannot both be written: the first counts, the second is a duplicate.
      Map<String, Integer> firstOfKey = new HashMap<>();
      List<PriceRow> batch = new ArrayList<>(rows.size());
      List<Integer> batchIndexes = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        PriceRow row = rows.get(i);
        Integer earlier = firstOfKey.putIfAbsent(row.key(), indexes.get(i));
        if (earlier != null) {
          rejected(new RowProblem(indexes.get(i), row.armSkuName(), "duplicate of row " + earlier
              + " (same size, region, type, term and start date)"));
        } else {
          batch.add(row);
          batchIndexes.add(indexes.get(i));
        }
      }
      awaitInFlight();
      inFlight = pool.preparedQuery(CatalogSql.STAGE_PRICES).execute(tuple(batch));
      inFlightRows = batch;
      inFlightIndexes = batchIndexes;
      sinceProgress += rows.size();
      rows = new ArrayList<>(BATCH);
      indexes = new ArrayList<>(BATCH);
      if (sinceProgress >= PROGRESS_EVERY) {
        sinceProgress = 0;
        progress();
        LOG.info("price load {} ({}): {} rows written so far", id, name, rowsLoaded);
      }
    }

    /** The page's end: the last batch sent and written. */
    void flush() {
      send();
      awaitInFlight();
    }

    private void awaitInFlight() {
      if (inFlight == null) {
        return;
      }
      Set<String> written = new HashSet<>();
      for (Row r : waitFor(inFlight)) {
        written.add(r.getString(0));
      }
      for (int i = 0; i < inFlightRows.size(); i++) {
        PriceRow row = inFlightRows.get(i);
        if (written.contains(storedKey(row))) {
          rowsLoaded++;
        } else {
          rejected(new RowProblem(inFlightIndexes.get(i), row.armSkuName(),
              "duplicate of an earlier row of this load (same size, region, type, term and start date)"));
        }
      }
      inFlight = null;
    }
  }

  /**
   * Waits for the database from the reading thread (a worker of its own, or a command line's main thread), where
   * blocking is what is meant; Vert.x's own await is for virtual threads.
   */
  private static <T> T waitFor(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing prices", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the database did not take the prices in time", e);
    }
  }

  /** The key as the staging answers it (the stored columns, as {@link CatalogSql#STAGE_PRICES} joins them). */
  private static String storedKey(PriceRow r) {
    return r.currency() + "|" + r.type() + "|" + r.armSkuName() + "|" + r.armRegionName() + "|" + (r.term() == null ? "" : r.term().name())
        + "|" + r.effectiveStart().getEpochSecond();
  }

  private Tuple tuple(List<PriceRow> batch) {
    int n = batch.size();
    String[] currency = new String[n];
    String[] sku = new String[n];
    String[] region = new String[n];
    String[] type = new String[n];
    String[] term = new String[n];
    String[] price = new String[n];
    OffsetDateTime[] start = new OffsetDateTime[n];
    String[] productId = new String[n];
    String[] skuId = new String[n];
    String[] series = new String[n];
    String[] flex = new String[n];
    Integer[] cores = new Integer[n];
    String[] memory = new String[n];
    String[] display = new String[n];
    String[] productName = new String[n];
    String[] skuName = new String[n];
    String[] meter = new String[n];
    for (int i = 0; i < n; i++) {
      PriceRow r = batch.get(i);
      currency[i] = r.currency();
      sku[i] = r.armSkuName();
      region[i] = r.armRegionName();
      type[i] = r.type();
      term[i] = r.term() == null ? "" : r.term().name();
      price[i] = r.unitPrice().toPlainString();
      start[i] = r.effectiveStart().atOffset(ZoneOffset.UTC);
      productId[i] = r.productId();
      skuId[i] = r.skuId();
      series[i] = r.series();
      flex[i] = r.flexRatio() == null ? null : r.flexRatio().toPlainString();
      cores[i] = r.cores();
      memory[i] = r.memoryGib() == null ? null : r.memoryGib().toPlainString();
      display[i] = r.regionDisplay();
      productName[i] = r.productName();
      skuName[i] = r.skuName();
      meter[i] = r.meterId();
    }
    return Tuple.tuple().addLong(id).addArrayOfString(currency).addArrayOfString(sku).addArrayOfString(region)
        .addArrayOfString(type).addArrayOfString(term).addArrayOfString(price).addArrayOfOffsetDateTime(start)
        .addArrayOfString(productId).addArrayOfString(skuId).addArrayOfString(series).addArrayOfString(flex)
        .addArrayOfInteger(cores).addArrayOfString(memory).addArrayOfString(display).addArrayOfString(productName)
        .addArrayOfString(skuName).addArrayOfString(meter);
  }
}
