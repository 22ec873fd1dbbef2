package dev.rvi.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import io.vertx.sqlclient.Row;

/** Rows of this service's copy of the reservations in force ({@code usage.reservation}) as what the benefit engine needs. */
final class ReservationMapper {
  private ReservationMapper() {}

  static ReservationSpec of(Row r) {
    return new ReservationSpec(r.getString("id"), "Single".equals(r.getString("applied_scope_type")) ? r.getString("applied_subscription") : null,
        r.getString("arm_region_name"), r.getString("arm_sku_name"), r.getInteger("quantity"),
        r.getOffsetDateTime("effective_at").toEpochSecond() / 3600, r.getOffsetDateTime("expires_at").toEpochSecond() / 3600,
        "Off".equals(r.getString("instance_flexibility")));
  }
}
