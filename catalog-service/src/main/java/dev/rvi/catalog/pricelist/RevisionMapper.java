package dev.rvi.catalog.pricelist;

import io.vertx.sqlclient.Row;

/** Rows of {@code catalog.price_list_revision}. */
public final class RevisionMapper {
  private RevisionMapper() {}

  public static Revision of(Row r) {
    return new Revision(r.getString("list_id"), r.getInteger("version"), r.getString("change"), r.getOffsetDateTime("changed_at").toInstant(),
        r.getString("changed_by"), r.getString("detail"), r.getJsonObject("snapshot"));
  }
}
