package dev.rvi.directory.subscription;

import io.vertx.sqlclient.Row;

/** Rows of {@code directory.benefit_subscription} as {@link BenefitSubscription}s. */
final class BenefitSubscriptionMapper {
  private BenefitSubscriptionMapper() {}

  static BenefitSubscription of(Row row) {
    return new BenefitSubscription(row.getString("id"), row.getString("savings_plan_order_id"), row.getString("partner_id"),
        row.getString("reseller_partner_id"), row.getString("customer_id"), row.getString("billing_subscription_id"),
        row.getString("friendly_name"), row.getString("catalog_item_id"), row.getString("product_id"), row.getString("sku_id"),
        row.getString("term"), row.getString("billing_plan"), row.getOffsetDateTime("effective_at").toInstant(),
        row.getOffsetDateTime("expires_at").toInstant(), row.getBoolean("renew"), row.getString("renewed_by"), row.getString("order_id"),
        row.getOffsetDateTime("created_at").toInstant());
  }
}
