package dev.rvi.order.commitment;

import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.reservation_role}. */
public final class ReservationRoleMapper {
  private ReservationRoleMapper() {}

  public static ReservationRole of(Row r) {
    return new ReservationRole(r.getString("reservation_id"), r.getString("user_id"), r.getString("role"), r.getString("granted_by"),
        r.getOffsetDateTime("granted_at").toInstant());
  }
}
