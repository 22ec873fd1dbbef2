package dev.rvi.catalog.load;

import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetSender;
import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code catalog.price_load} (a load's progress) to a {@link PriceLoadState}. */
final class PriceLoadStateMapper {
  private PriceLoadStateMapper() {}

  /** An open load's state names the address of the node holding it. */
  static PriceLoadState of(Row r) {
    long id = id(r);
    String status = r.getString("status");
    return new PriceLoadState(id, r.getString("name"), status, status.equals("open") ? PriceSheetSender.address(id) : null,
        r.getInteger("pages"), r.getInteger("rows_read"), r.getInteger("rows_loaded"), r.getInteger("rows_skipped"),
        r.getInteger("rows_rejected"), r.getOffsetDateTime("started_at").toInstant(), r.getLong("price_sheet_id"));
  }

  static long id(Row r) {
    return r.getLong("id");
  }
}
