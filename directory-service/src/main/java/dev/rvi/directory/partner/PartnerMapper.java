package dev.rvi.directory.partner;

import dev.rvi.domain.partner.PartnerType;
import io.vertx.sqlclient.Row;
import java.util.List;

/** Rows of {@code directory.partner} (with the linked resellers where the query aggregates them) as {@link Partner}s. */
final class PartnerMapper {
  private PartnerMapper() {}

  static Partner of(Row row) {
    List<String> resellers = row.getColumnIndex("resellers") >= 0 ? List.of(row.getArrayOfStrings("resellers")) : List.of();
    return new Partner(row.getString("id"), row.getString("name"), row.getString("mpn_id"), PartnerType.valueOf(row.getString("type")),
        row.getString("country"), row.getOffsetDateTime("created_at"), resellers);
  }
}
