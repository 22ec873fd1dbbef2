package dev.rvi.order.partner;

import dev.rvi.domain.partner.PartnerType;
import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.partner}. */
public final class PartnerContextMapper {
  private PartnerContextMapper() {}

  public static PartnerContext of(Row row) {
    return new PartnerContext(row.getString("id"), PartnerType.valueOf(row.getString("type")), row.getString("mpn_id"),
        row.getString("name"));
  }
}
