package dev.rvi.order.commitment;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The one mapping of a row of {@code orders.reservation} (with its order and renewals where the query joins them) to a
 * {@link Reservation}. A column the query did not select reads as null.
 */
public final class ReservationMapper {
  private ReservationMapper() {}

  public static Reservation of(Row r) {
    return new Reservation(text(r, "id"), text(r, "reservation_order_id"), text(r, "partner_id"), text(r, "customer_id"), text(r, "subscription_id"),
        text(r, "applied_scope_type"), text(r, "applied_subscription"), text(r, "catalog_item_id"), text(r, "product_id"),
        text(r, "sku_id"), text(r, "arm_sku_name"), text(r, "arm_region_name"), text(r, "location"), text(r, "series"),
        has(r, "flex_ratio") ? r.getBigDecimal("flex_ratio") : null, r.getInteger("quantity"), text(r, "term"),
        has(r, "unit_price") ? r.getBigDecimal("unit_price") : null, text(r, "currency"), instant(r, "effective_at"),
        instant(r, "expires_at"), text(r, "provisioning_state"), text(r, "partner_id_on_record"), text(r, "reseller_partner_id"),
        instant(r, "created_at"),
        text(r, "display_name"), text(r, "instance_flexibility"), has(r, "renew") && Boolean.TRUE.equals(r.getBoolean("renew")),
        text(r, "billing_plan"), text(r, "order_id"), has(r, "line_number") ? r.getInteger("line_number") : null, text(r, "alternate_id"),
        has(r, "renewed_to_order") ? new Reservation.RenewalLinks(text(r, "renewed_from"), text(r, "renewed_from_order"),
            text(r, "renewed_to"), text(r, "renewed_to_order")) : Reservation.RenewalLinks.NONE,
        has(r, "archived") && Boolean.TRUE.equals(r.getBoolean("archived")));
  }

  /** The page's total, where a list query counts it with {@code count(*) OVER ()}. */
  public static long pageTotal(Row r) {
    return r.getLong("total");
  }

  private static boolean has(Row r, String column) {
    return r.getColumnIndex(column) >= 0;
  }

  private static String text(Row r, String column) {
    return has(r, column) ? r.getString(column) : null;
  }

  private static Instant instant(Row r, String column) {
    OffsetDateTime at = has(r, column) ? r.getOffsetDateTime(column) : null;
    return at == null ? null : at.toInstant();
  }
}
