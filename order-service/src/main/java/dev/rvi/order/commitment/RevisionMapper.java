package dev.rvi.order.commitment;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.reservation_revision}. */
public final class RevisionMapper {
  private RevisionMapper() {}

  public static Revision of(Row r) {
    return new Revision(r.getLong("id"), r.getString("changed_by"), r.getOffsetDateTime("changed_at").toInstant(), r.getString("change"),
        new JsonObject(r.getString("before")), new JsonObject(r.getString("after")));
  }
}
