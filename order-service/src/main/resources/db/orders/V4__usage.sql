-- Hourly VM usage per subscription. A record for the same VM and hour replaces the earlier one.
CREATE TABLE usage_record (
  customer_id     text          NOT NULL,
  subscription_id text          NOT NULL REFERENCES subscription(id),
  resource_id     text          NOT NULL,
  usage_hour      timestamptz   NOT NULL,
  arm_sku_name    text          NOT NULL,
  arm_region_name text          NOT NULL,
  quantity        numeric(7,6)  NOT NULL CHECK (quantity > 0 AND quantity <= 1),
  PRIMARY KEY (subscription_id, resource_id, usage_hour)
);
CREATE INDEX usage_customer_region_hour ON usage_record (customer_id, arm_region_name, usage_hour);
