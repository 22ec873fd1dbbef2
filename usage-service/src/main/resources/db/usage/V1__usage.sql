-- Hourly VM usage per subscription. A record for the same VM and hour replaces the earlier one.
-- One index only (the key), led by customer and hour: what utilization and sizing read, in ranges.
-- A database made when usage lived in the order service keeps its records: the table moves here as it is
-- (no copy), without its foreign key into the order service's tables.
DO $$
BEGIN
  IF to_regclass('orders.usage_record') IS NOT NULL THEN
    ALTER TABLE orders.usage_record DROP CONSTRAINT IF EXISTS usage_record_subscription_id_fkey;
    ALTER TABLE orders.usage_record SET SCHEMA usage;
  ELSE
    CREATE TABLE usage.usage_record (
      customer_id     text             NOT NULL,
      usage_hour      timestamptz      NOT NULL,
      subscription_id text             NOT NULL,
      resource_id     text             NOT NULL,
      arm_sku_name    text             NOT NULL,
      arm_region_name text             NOT NULL,
      quantity        double precision NOT NULL CHECK (quantity > 0 AND quantity <= 1),   -- hours of the hour, not money
      PRIMARY KEY (customer_id, usage_hour, subscription_id, resource_id)
    );
  END IF;
END
$$;
