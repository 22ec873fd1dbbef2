package dev.rvi.billing;

import dev.rvi.domain.paging.SortOrder;

/** All of the billing service's SQL. */
final class BillingSql {
  private BillingSql() {}

  /** $1: {"charges": [...]} as text (the outbox wrote them); a charge already here is skipped. */
  static final String RECORD =
      "INSERT INTO billing.charge (id, partner_id, partner_mpn_id, customer_id, customer_name, customer_country, order_id, order_date, "
          + "reservation_order_id, charge_type, product_id, sku_id, sku_name, catalog_item_id, friendly_name, unit_price, quantity, "
          + "amount, currency, charge_start, charge_end, reseller_mpn_id, created_at) "
          + "SELECT c.id, c.partner_id, c.partner_mpn_id, c.customer_id, c.customer_name, c.customer_country, c.order_id, c.order_date, "
          + "c.reservation_order_id, c.charge_type, c.product_id, c.sku_id, c.sku_name, c.catalog_item_id, c.friendly_name, c.unit_price, "
          + "c.quantity, c.amount, c.currency, c.charge_start, c.charge_end, c.reseller_mpn_id, c.created_at "
          + "FROM jsonb_to_recordset($1::text::jsonb -> 'charges') AS c(id bigint, partner_id text, partner_mpn_id text, customer_id text, "
          + "customer_name text, customer_country text, order_id text, order_date timestamptz, reservation_order_id text, "
          + "charge_type text, product_id text, sku_id text, sku_name text, catalog_item_id text, friendly_name text, "
          + "unit_price numeric, quantity int, amount numeric, currency text, charge_start timestamptz, charge_end timestamptz, "
          + "reseller_mpn_id text, created_at timestamptz) "
          + "ON CONFLICT (id) DO NOTHING";
  static final String INVOICE_CHARGES =
      "SELECT id, customer_id, customer_name, customer_country, order_id, order_date, reservation_order_id, charge_type, product_id, "
          + "sku_id, sku_name, catalog_item_id, friendly_name, unit_price, quantity, amount, currency, charge_start, charge_end, "
          + "reseller_mpn_id FROM billing.charge "
          + "WHERE partner_id = $1 AND currency = $2 AND created_at >= $3 AND created_at < $4 AND created_at <= $5 ORDER BY id";
  /**
   * A page of the same charges: $6 an ILIKE pattern their customer (name or id) or product (name, size or ids)
   * contains, null for all; $7 and $8 the page's size and offset; sorted as asked, in the order billed without a sort,
   * ties in id order.
   */
  static String invoiceLinePage(SortOrder sort) {
    String order = "id";
    if (sort != null) {
      String column = switch (sort.field()) {
        case "date" -> "order_date";
        case "amount" -> "amount";
        case "customer" -> "customer_name";
        case "product" -> "friendly_name";
        default -> throw new IllegalArgumentException("no invoice line order " + sort.field());
      };
      order = column + (sort.descending() ? " DESC" : "") + ", id";
    }
    return INVOICE_CHARGES.replace(" ORDER BY id", "")
        .replace("SELECT id,", "SELECT count(*) OVER () AS total, id,")
        + " AND ($6::text IS NULL OR customer_name ILIKE $6::text OR customer_id ILIKE $6::text OR friendly_name ILIKE $6::text "
        + "OR sku_name ILIKE $6::text OR product_id ILIKE $6::text OR sku_id ILIKE $6::text) ORDER BY " + order + " LIMIT $7 OFFSET $8";
  }
  static final String INVOICE_PERIODS =
      "SELECT date_trunc('month', created_at AT TIME ZONE 'UTC') AS month, currency, sum(amount) AS total, count(*) AS lines "
          + "FROM billing.charge WHERE partner_id = $1 AND created_at <= $2 GROUP BY 1, 2 ORDER BY 1 DESC, 2";
  static final String COUNT = "SELECT count(*) FROM billing.charge";
}
