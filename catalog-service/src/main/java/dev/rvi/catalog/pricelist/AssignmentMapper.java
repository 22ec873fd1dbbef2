package dev.rvi.catalog.pricelist;

import io.vertx.sqlclient.Row;

/** Rows of {@code catalog.price_list_assignment}. */
public final class AssignmentMapper {
  private AssignmentMapper() {}

  public static Assignment of(Row r) {
    return new Assignment(r.getString("id"), r.getString("list_id"), r.getString("owner_id"), r.getString("assignee_kind"),
        r.getString("assignee_id"), r.getString("currency"), r.getLocalDate("effective_from"), r.getLocalDate("effective_to"),
        r.getOffsetDateTime("created_at").toInstant(), r.getString("created_by"));
  }
}
