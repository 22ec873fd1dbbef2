-- Hourly VM usage per subscription. A record for the same VM and hour replaces the earlier one.
-- One index only (the key), led by customer and hour: what utilization and sizing read, in ranges.
CREATE TABLE usage_record (
  customer_id     text             NOT NULL,
  usage_hour      timestamptz      NOT NULL,
  subscription_id text             NOT NULL REFERENCES subscription(id),
  resource_id     text             NOT NULL,
  arm_sku_name    text             NOT NULL,
  arm_region_name text             NOT NULL,
  quantity        double precision NOT NULL CHECK (quantity > 0 AND quantity <= 1),   -- hours of the hour, not money
  PRIMARY KEY (customer_id, usage_hour, subscription_id, resource_id)
);

