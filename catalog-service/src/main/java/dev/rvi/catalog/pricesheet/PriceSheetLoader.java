package dev.rvi.catalog.pricesheet;

import dev.rvi.catalog.sql.CatalogSql;
import dev.rvi.domain.catalog.PriceSheetReport;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a parsed price sheet in one transaction: the sheet's record, every accepted row (a row of
 * the same key and start date replaces the earlier one), then the effective end of every price.
 * Either the whole sheet is in force or none of it.
 */
public final class PriceSheetLoader {
  private static final int BATCH = 1000;
  private static final int REPORTED_PROBLEMS = 200;

  private final Pool pool;
  private final Clock clock;

  public PriceSheetLoader(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  public Future<PriceSheetReport> load(String name, PriceSheetParser.Result parsed) {
    return pool.withTransaction(conn -> conn.preparedQuery(CatalogSql.INSERT_SHEET)
        .execute(Tuple.of(name, OffsetDateTime.now(clock), parsed.rowsRead(), parsed.rows().size(),
            parsed.skipped().size(), parsed.rejected().size()))
        .compose(ids -> {
          long sheetId = ids.iterator().next().getLong(0);
          return writeRows(conn, parsed.rows(), sheetId, 0)
              .compose(v -> conn.query(CatalogSql.RECOMPUTE_EFFECTIVE_END).execute())
              .compose(v -> conn.query(CatalogSql.ANALYZE_PRICES).execute())
              .map(v -> new PriceSheetReport(sheetId, name, parsed.rowsRead(), parsed.rows().size(),
                  parsed.skipped().size(), parsed.rejected().size(),
                  first(parsed.rejected()), first(parsed.skipped())));
        }));
  }

  private Future<Void> writeRows(SqlConnection conn, List<PriceRow> rows, long sheetId, int from) {
    if (from >= rows.size()) {
      return Future.succeededFuture();
    }
    int to = Math.min(rows.size(), from + BATCH);
    List<Tuple> batch = new ArrayList<>(to - from);
    for (PriceRow r : rows.subList(from, to)) {
      batch.add(Tuple.tuple()
          .addString(r.currency()).addString(r.armSkuName()).addString(r.armRegionName()).addString(r.type())
          .addString(r.term() == null ? "" : r.term().name()).addBigDecimal(r.unitPrice())
          .addOffsetDateTime(r.effectiveStart().atOffset(ZoneOffset.UTC))
          .addString(r.productId()).addString(r.skuId()).addString(r.series()).addBigDecimal(r.flexRatio())
          .addInteger(r.cores()).addBigDecimal(r.memoryGib()).addString(r.regionDisplay())
          .addString(r.productName()).addString(r.skuName()).addString(r.meterId()).addLong(sheetId));
    }
    return conn.preparedQuery(CatalogSql.UPSERT_PRICE).executeBatch(batch).compose(v -> writeRows(conn, rows, sheetId, to));
  }

  private static <T> List<T> first(List<T> list) {
    return List.copyOf(list.subList(0, Math.min(list.size(), REPORTED_PROBLEMS)));
  }
}
