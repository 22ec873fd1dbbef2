package dev.rvi.order.savingsplan;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.templates.RowMapper;
import java.util.Arrays;
import java.util.List;

/** The one mapping of a row of {@code orders.savings_plan}. */
final class SavingsPlanMapper {
  private SavingsPlanMapper() {}

  static final RowMapper<SavingsPlan> ROW = SavingsPlanMapper::of;

  static SavingsPlan of(Row r) {
    String[] tradedIn = r.getArrayOfStrings("traded_in");
    return new SavingsPlan(r.getString("id"), r.getString("savings_plan_order_id"), r.getString("partner_id"), r.getString("customer_id"),
        r.getString("subscription_id"), r.getString("applied_scope_type"), r.getString("applied_subscription"), r.getString("display_name"),
        r.getString("catalog_item_id"), r.getString("product_id"), r.getString("sku_id"), r.getBigDecimal("hourly_commitment"),
        r.getString("currency"), r.getString("term"), r.getString("billing_plan"), r.getOffsetDateTime("effective_at").toInstant(),
        r.getOffsetDateTime("expires_at").toInstant(), r.getBoolean("renew"), r.getString("provisioning_state"),
        r.getString("partner_id_on_record"), r.getString("reseller_partner_id"), r.getString("order_id"), r.getInteger("line_number"),
        tradedIn == null ? List.of() : Arrays.asList(tradedIn), r.getString("renewed_from"), r.getString("renewed_by"),
        r.getOffsetDateTime("created_at").toInstant());
  }

  /** The alternate id of the order the plan was bought on, where the query joins it (null otherwise). */
  static String orderNumber(Row r) {
    return r.getString("order_number");
  }

  /** The page's total, where the list query counts it. */
  static long pageTotal(Row r) {
    return r.getLong("total");
  }
}
