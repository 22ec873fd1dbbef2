-- Usage summed per subscription, region, size and hour: what the benefit engine reads (one row for all the VMs
-- of a size in an hour, instead of one per VM). Each upload sums the hours it touched again, in its own
-- transaction; a database that already has usage gets its sums here.
CREATE TABLE usage.usage_sum (
  customer_id     text             NOT NULL,
  usage_hour      timestamptz      NOT NULL,
  subscription_id text             NOT NULL,
  arm_region_name text             NOT NULL,
  arm_sku_name    text             NOT NULL,
  quantity        double precision NOT NULL,
  PRIMARY KEY (customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name)
);

INSERT INTO usage.usage_sum (customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name, quantity)
SELECT customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name, sum(quantity)
FROM usage.usage_record GROUP BY customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name;
