package dev.rvi.billing;

import dev.rvi.domain.paging.SortOrder;

/** All of the billing service's SQL. */
final class BillingSql {
  private BillingSql() {}

  /**
   * $1: {"charges": [...]} as text (the outbox wrote them); a charge already here is skipped, except that one recorded
   * before charges named their product kind, series and billing plan takes them. A batch may hold a charge twice (sent
   * before and again after the order service's V16): the one that names them is kept.
   */
  static final String RECORD =
      "INSERT INTO billing.charge (id, partner_id, partner_mpn_id, customer_id, customer_name, customer_country, order_id, order_date, "
          + "reservation_order_id, charge_type, product_id, sku_id, sku_name, catalog_item_id, friendly_name, unit_price, quantity, "
          + "amount, currency, charge_start, charge_end, reseller_mpn_id, created_at, product_kind, series, billing_plan) "
          + "SELECT DISTINCT ON (c.id) c.id, c.partner_id, c.partner_mpn_id, c.customer_id, c.customer_name, c.customer_country, c.order_id, c.order_date, "
          + "c.reservation_order_id, c.charge_type, c.product_id, c.sku_id, c.sku_name, c.catalog_item_id, c.friendly_name, c.unit_price, "
          + "c.quantity, c.amount, c.currency, c.charge_start, c.charge_end, c.reseller_mpn_id, c.created_at, c.product_kind, c.series, c.billing_plan "
          + "FROM jsonb_to_recordset($1::text::jsonb -> 'charges') AS c(id bigint, partner_id text, partner_mpn_id text, customer_id text, "
          + "customer_name text, customer_country text, order_id text, order_date timestamptz, reservation_order_id text, "
          + "charge_type text, product_id text, sku_id text, sku_name text, catalog_item_id text, friendly_name text, "
          + "unit_price numeric, quantity int, amount numeric, currency text, charge_start timestamptz, charge_end timestamptz, "
          + "reseller_mpn_id text, created_at timestamptz, product_kind text, series text, billing_plan text) "
          + "ORDER BY c.id, c.product_kind IS NULL "
          + "ON CONFLICT (id) DO UPDATE SET product_kind = EXCLUDED.product_kind, series = EXCLUDED.series, billing_plan = EXCLUDED.billing_plan "
          + "WHERE billing.charge.product_kind IS NULL AND EXCLUDED.product_kind IS NOT NULL";
  /** The same batch's tiers: what each tier's seller charged its buyer for each charge; a tier already here is kept. */
  static final String RECORD_TIERS =
      "INSERT INTO billing.charge_tier (charge_id, level, seller_id, buyer_id, amount, created_at) "
          + "SELECT (c ->> 'id')::bigint, t.level, t.\"sellerId\", t.\"buyerId\", t.amount, (c ->> 'created_at')::timestamptz "
          + "FROM jsonb_array_elements($1::text::jsonb -> 'charges') AS c, "
          + "jsonb_to_recordset(CASE WHEN jsonb_typeof(c -> 'tiers') = 'array' THEN c -> 'tiers' ELSE '[]'::jsonb END) "
          + "AS t(level int, \"sellerId\" text, \"buyerId\" text, amount numeric) "
          + "ON CONFLICT (charge_id, level) DO NOTHING";
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

  /** What kind of line of a statement a charge is: a one-time purchase, a monthly payment, or a credit. */
  private static final String CATEGORY = "CASE WHEN c.charge_type <> 'purchase' THEN 'credit' WHEN c.billing_plan = 'Monthly' THEN 'monthly' "
      + "ELSE 'oneTime' END";
  private static final String IN_MONTHS = "t.created_at >= $2 AND t.created_at < $3 AND t.created_at <= $4";
  /**
   * The caller's statements of a month: $1 its partner; $2 to $4 the month's start, its end and now (payments of later
   * days are on no statement yet); $5 'issued' for those it sent, 'received' for those sent to it, null for both.
   */
  static final String STATEMENT_SUMS =
      "SELECT t.seller_id, t.buyer_id, c.currency, min(t.level) AS level, bool_or(t.buyer_id = c.customer_id) AS to_customer, "
          + "max(c.customer_name) FILTER (WHERE t.buyer_id = c.customer_id) AS buyer_name, "
          + "max(c.reseller_mpn_id) FILTER (WHERE t.buyer_id <> c.customer_id) AS buyer_mpn_id, "
          + "COALESCE(sum(t.amount) FILTER (WHERE " + CATEGORY + " = 'oneTime'), 0) AS one_time, "
          + "COALESCE(sum(t.amount) FILTER (WHERE " + CATEGORY + " = 'monthly'), 0) AS monthly, "
          + "COALESCE(sum(t.amount) FILTER (WHERE " + CATEGORY + " = 'credit'), 0) AS credits, "
          + "sum(t.amount) AS total, count(*) AS lines "
          + "FROM billing.charge_tier t JOIN billing.charge c ON c.id = t.charge_id "
          + "WHERE ((t.seller_id = $1 AND $5::text IS DISTINCT FROM 'received') OR (t.buyer_id = $1 AND $5::text IS DISTINCT FROM 'issued')) "
          + "AND " + IN_MONTHS + " GROUP BY t.seller_id, t.buyer_id, c.currency ORDER BY c.currency, buyer_name, t.buyer_id, t.seller_id";
  /**
   * One statement's lines: $1 the caller's partner, which must be its seller or its buyer; $2 to $4 as above; $5 the
   * seller, $6 the buyer, $7 the currency.
   */
  static final String STATEMENT_LINES =
      "SELECT t.level, t.seller_id, t.buyer_id, t.amount AS tier_amount, t.created_at AS tier_date, " + CATEGORY + " AS category, "
          + "c.product_kind, c.series, c.billing_plan, c.id, c.customer_id, c.customer_name, c.customer_country, c.order_id, c.order_date, "
          + "c.reservation_order_id, c.charge_type, c.product_id, c.sku_id, c.sku_name, c.catalog_item_id, c.friendly_name, c.unit_price, "
          + "c.quantity, c.amount, c.currency, c.charge_start, c.charge_end, c.reseller_mpn_id "
          + "FROM billing.charge_tier t JOIN billing.charge c ON c.id = t.charge_id "
          + "WHERE t.seller_id = $5 AND t.buyer_id = $6 AND c.currency = $7 AND $1 IN (t.seller_id, t.buyer_id) AND " + IN_MONTHS + " "
          + "ORDER BY t.created_at, c.id";
  /**
   * The caller's sales to the tier below it over months $2 to $3 (and until now, $4): revenue is what it charged, cost
   * what it was charged for the same charge (Microsoft's amount at the first tier, the tier above's amount below it),
   * summed per currency and by reseller, customer, month, product kind and series; {@code grouping} says which.
   */
  static final String MARGINS =
      "WITH sold AS (SELECT c.currency, CASE WHEN t.buyer_id <> c.customer_id THEN t.buyer_id END AS reseller_id, "
          + "CASE WHEN t.buyer_id <> c.customer_id THEN c.reseller_mpn_id END AS reseller_mpn_id, c.customer_id, c.customer_name, "
          + "to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, COALESCE(c.product_kind, 'reservation') AS product_kind, "
          + "c.series, t.amount AS revenue, CASE WHEN t.level = 1 THEN c.amount ELSE COALESCE(above.amount, c.amount) END AS cost "
          + "FROM billing.charge_tier t JOIN billing.charge c ON c.id = t.charge_id "
          + "LEFT JOIN billing.charge_tier above ON above.charge_id = t.charge_id AND above.level = t.level - 1 "
          + "WHERE t.seller_id = $1 AND " + IN_MONTHS + ") "
          + "SELECT currency, GROUPING(reseller_id, customer_id, month, product_kind, series) AS grouping, reseller_id, "
          + "max(reseller_mpn_id) AS reseller_mpn_id, customer_id, max(customer_name) AS customer_name, month, product_kind, series, "
          + "sum(revenue) AS revenue, sum(cost) AS cost, count(*) AS lines FROM sold "
          + "GROUP BY GROUPING SETS ((currency), (currency, reseller_id), (currency, customer_id), (currency, month), "
          + "(currency, product_kind), (currency, series)) "
          + "ORDER BY currency, grouping DESC, reseller_id NULLS FIRST, customer_name, customer_id, month, product_kind, series NULLS LAST";

  static final String COUNT = "SELECT count(*) FROM billing.charge";
}
