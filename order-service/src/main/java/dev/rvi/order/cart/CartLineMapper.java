package dev.rvi.order.cart;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import io.vertx.sqlclient.Row;

/** The one mapping of a row of {@code orders.cart_line}. */
final class CartLineMapper {
  private CartLineMapper() {}

  static CartLine of(Row row) {
    return new CartLine(row.getInteger("line_id"), row.getString("catalog_item_id"), row.getInteger("quantity"),
        Term.valueOf(row.getString("term")), row.getString("subscription_id"), row.getString("scope"), row.getString("reseller_mpn_id"),
        BillingPlan.valueOf(row.getString("billing_plan")), row.getInteger("error_code"), row.getString("error_description"),
        row.getBigDecimal("commitment_amount"), row.getString("commitment_currency"));
  }
}
