package dev.rvi.app;

/**
 * SQL that takes the orders (or the directory) schema back to what an earlier version made, for the tests that show a
 * database of that version migrates without loss. Each undoes one migration; a test runs those after the version it starts from, newest
 * first, and deletes their rows from the schema history.
 */
final class PreviousSchemas {
  private PreviousSchemas() {}

  /** Undoes orders V18 (a reservation's archived flag). */
  static final String BEFORE_ARCHIVE = "ALTER TABLE orders.reservation DROP COLUMN archived; "
      + "DELETE FROM orders.flyway_schema_history WHERE version = '18'; ";

  /** Undoes orders V17 (a cart line's prices at each tier), and V18 first. */
  static final String BEFORE_CART_PRICES = BEFORE_ARCHIVE + "ALTER TABLE orders.cart_line DROP COLUMN prices; "
      + "DELETE FROM orders.flyway_schema_history WHERE version = '17'; ";

  /** Undoes orders V16 (each charge's amount at each tier, and what billing is told of a charge), back to V7's event, and V17 first. */
  static final String BEFORE_CHARGE_TIERS = BEFORE_CART_PRICES + "CREATE OR REPLACE FUNCTION orders.charge_event(charge_id bigint) RETURNS jsonb LANGUAGE sql STABLE "
      + "SET search_path = orders, pg_temp AS $$ SELECT jsonb_build_object('id', ch.id, 'partner_id', ch.partner_id, "
      + "'partner_mpn_id', p.mpn_id, 'customer_id', ch.customer_id, 'customer_name', c.company_name, 'customer_country', c.country, "
      + "'order_id', ch.order_id, 'order_date', o.created_at, 'reservation_order_id', ch.reservation_order_id, 'charge_type', ch.charge_type, "
      + "'product_id', ch.product_id, 'sku_id', ch.sku_id, 'sku_name', ch.sku_name, 'catalog_item_id', ol.catalog_item_id, "
      + "'friendly_name', ol.friendly_name, 'unit_price', ch.unit_price, 'quantity', ch.quantity, 'amount', ch.amount, 'currency', ch.currency, "
      + "'charge_start', ch.charge_start, 'charge_end', ch.charge_end, 'reseller_mpn_id', ch.reseller_mpn_id, 'created_at', ch.created_at) "
      + "FROM charge ch JOIN partner p ON p.id = ch.partner_id JOIN customer c ON c.id = ch.customer_id "
      + "JOIN purchase_order o ON o.id = ch.order_id LEFT JOIN reservation_order ro ON ro.id = ch.reservation_order_id "
      + "LEFT JOIN order_line ol ON ol.order_id = ro.order_id AND ol.line_number = ro.line_number WHERE ch.id = charge_id $$; "
      + "ALTER TABLE orders.charge DROP COLUMN tiers; DELETE FROM orders.flyway_schema_history WHERE version = '16'; ";

  /** Undoes billing V4 (each charge's tiers, product kind, series and billing plan). */
  static final String BILLING_BEFORE_TIERS = "DROP TABLE billing.charge_tier; "
      + "ALTER TABLE billing.charge DROP COLUMN product_kind, DROP COLUMN series, DROP COLUMN billing_plan; "
      + "DELETE FROM billing.flyway_schema_history WHERE version = '4'; ";

  /** Undoes orders V15 (each tier's price of an order line), and V16 first. */
  static final String BEFORE_TIER_PRICES = BEFORE_CHARGE_TIERS + "DROP TABLE orders.order_line_tier; DELETE FROM orders.flyway_schema_history WHERE version = '15'; ";

  /** Undoes orders V14 (savings plans told to the directory as subscriptions) and drops what it had put in the outbox, and V15 first. */
  static final String BEFORE_BENEFIT_SUBSCRIPTIONS = BEFORE_TIER_PRICES + "DROP TRIGGER savings_plan_change ON orders.savings_plan; "
      + "DROP FUNCTION orders.savings_plan_to_outbox(); DELETE FROM orders.outbox WHERE topic = 'benefitSubscription'; "
      + "DELETE FROM orders.flyway_schema_history WHERE version = '14'; ";

  /** Undoes directory V3 (its rows of the savings plans' subscriptions). */
  static final String DIRECTORY_BEFORE_BENEFIT_SUBSCRIPTIONS = "DROP TABLE directory.benefit_subscription; "
      + "DELETE FROM directory.flyway_schema_history WHERE version = '3'; ";

  /** Undoes orders V13 (savings plans and trade-in), and V14 first. */
  static final String BEFORE_SAVINGS_PLANS = BEFORE_BENEFIT_SUBSCRIPTIONS + "DROP TABLE orders.savings_plan_notice; DROP TABLE orders.savings_plan; "
      + "DROP TABLE orders.trade_in_session; "
      + "ALTER TABLE orders.cart_line DROP COLUMN commitment_amount, DROP COLUMN commitment_currency; "
      + "ALTER TABLE orders.order_line DROP COLUMN hourly_commitment; "
      + "ALTER TABLE orders.charge DROP CONSTRAINT charge_charge_type_check; ALTER TABLE orders.charge ADD CONSTRAINT "
      + "charge_charge_type_check CHECK (charge_type IN ('purchase', 'refund', 'exchange', 'cancellation')); "
      + "ALTER TABLE orders.purchase_order DROP CONSTRAINT purchase_order_origin_check; ALTER TABLE orders.purchase_order ADD CONSTRAINT "
      + "purchase_order_origin_check CHECK (origin IN ('cart', 'exchange', 'renewal')); "
      + "DELETE FROM orders.flyway_schema_history WHERE version = '13'; ";
}
