package dev.rvi.app;

/**
 * SQL that takes the orders (or the directory) schema back to what an earlier version made, for the tests that show a
 * database of that version migrates without loss. Each undoes one migration; a test runs those after the version it starts from, newest
 * first, and deletes their rows from the schema history.
 */
final class PreviousSchemas {
  private PreviousSchemas() {}

  /** Undoes orders V15 (each tier's price of an order line). */
  static final String BEFORE_TIER_PRICES = "DROP TABLE orders.order_line_tier; DELETE FROM orders.flyway_schema_history WHERE version = '15'; ";

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
