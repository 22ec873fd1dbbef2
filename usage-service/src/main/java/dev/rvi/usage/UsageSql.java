package dev.rvi.usage;

/** All of the usage service's SQL. */
final class UsageSql {
  private UsageSql() {}

  /** One round trip per batch: the rows go in as arrays, one row comes back with how many were new. */
  static final String USAGE_UPSERT =
      "WITH upserted AS (INSERT INTO usage.usage_record (customer_id, subscription_id, resource_id, usage_hour, arm_sku_name, "
          + "arm_region_name, quantity) "
          + "SELECT $1, $2, u.resource_id, u.usage_hour, u.arm_sku_name, u.arm_region_name, u.quantity "
          + "FROM unnest($3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::float8[]) "
          + "AS u(resource_id, usage_hour, arm_sku_name, arm_region_name, quantity) "
          + "ON CONFLICT (customer_id, usage_hour, subscription_id, resource_id) DO UPDATE SET arm_sku_name = EXCLUDED.arm_sku_name, "
          + "arm_region_name = EXCLUDED.arm_region_name, quantity = EXCLUDED.quantity RETURNING (xmax = 0) AS inserted) "
          + "SELECT count(*) FILTER (WHERE inserted) FROM upserted";
  /** Usage summed per hour, subscription, region and size: the engine's input (the ratios make sums per size exact). */
  static final String USAGE_IN_WINDOW =
      "SELECT subscription_id, arm_region_name, arm_sku_name, usage_hour, sum(quantity) AS quantity FROM usage.usage_record "
          + "WHERE customer_id = $1 AND ($2::text IS NULL OR arm_region_name = $2::text) AND usage_hour >= $3 AND usage_hour < $4 "
          + "GROUP BY subscription_id, arm_region_name, arm_sku_name, usage_hour";
  static final String USAGE_SIZES_SINCE =
      "SELECT DISTINCT arm_sku_name FROM usage.usage_record WHERE customer_id = $1 AND arm_region_name = $2 AND usage_hour >= $3 "
          + "AND usage_hour < $4 AND ($5::text IS NULL OR subscription_id = $5::text)";
}
