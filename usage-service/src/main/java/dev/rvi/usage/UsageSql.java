package dev.rvi.usage;

/** All of the usage service's SQL. */
final class UsageSql {
  private UsageSql() {}

  /**
   * A reservation change from the order service ($1 the operation, $2 the row as JSON text, $3 when, $4 its sequence),
   * applied unless the copy already has a newer one; a deleted reservation stays with quantity 0.
   */
  static final String RESERVATION_APPLY =
      "INSERT INTO usage.reservation (id, customer_id, applied_scope_type, applied_subscription, arm_region_name, arm_sku_name, quantity, "
          + "effective_at, expires_at, instance_flexibility, changed_at, sequence) "
          + "SELECT o.id, o.customer_id, o.applied_scope_type, o.applied_subscription, o.arm_region_name, o.arm_sku_name, "
          + "CASE WHEN $1 = 'DELETE' THEN 0 ELSE o.quantity END, o.effective_at, o.expires_at, o.instance_flexibility, $3, $4 "
          + "FROM jsonb_to_record($2::text::jsonb) AS o(id text, customer_id text, applied_scope_type text, applied_subscription text, "
          + "arm_region_name text, arm_sku_name text, quantity int, effective_at timestamptz, expires_at timestamptz, instance_flexibility text) "
          + "ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, applied_scope_type = EXCLUDED.applied_scope_type, "
          + "applied_subscription = EXCLUDED.applied_subscription, arm_region_name = EXCLUDED.arm_region_name, "
          + "arm_sku_name = EXCLUDED.arm_sku_name, quantity = EXCLUDED.quantity, effective_at = EXCLUDED.effective_at, "
          + "expires_at = EXCLUDED.expires_at, instance_flexibility = EXCLUDED.instance_flexibility, changed_at = EXCLUDED.changed_at, "
          + "sequence = EXCLUDED.sequence "
          + "WHERE (usage.reservation.changed_at, usage.reservation.sequence) < (EXCLUDED.changed_at, EXCLUDED.sequence)";
  /** A customer's reservations in force in a window ($3, $4), of one region ($2) or all. */
  static final String RESERVATIONS_IN_FORCE =
      "SELECT id, applied_scope_type, applied_subscription, arm_region_name, arm_sku_name, quantity, effective_at, expires_at, "
          + "instance_flexibility FROM usage.reservation WHERE customer_id = $1 AND ($2::text IS NULL OR arm_region_name = $2::text) "
          + "AND quantity > 0 AND effective_at < $4 AND expires_at > $3";

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
      "SELECT subscription_id, arm_region_name, arm_sku_name, usage_hour, quantity FROM usage.usage_sum "
          + "WHERE customer_id = $1 AND ($2::text IS NULL OR arm_region_name = $2::text) AND usage_hour >= $3 AND usage_hour < $4";
  /** An upload's hours summed again (its records may have replaced others of another size or region). */
  static final String USAGE_SUMS_CLEAR =
      "DELETE FROM usage.usage_sum WHERE customer_id = $1 AND subscription_id = $2 AND usage_hour = ANY($3::timestamptz[])";
  static final String USAGE_SUMS_ADD =
      "INSERT INTO usage.usage_sum (customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name, quantity) "
          + "SELECT customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name, sum(quantity) FROM usage.usage_record "
          + "WHERE customer_id = $1 AND subscription_id = $2 AND usage_hour = ANY($3::timestamptz[]) "
          + "GROUP BY customer_id, usage_hour, subscription_id, arm_region_name, arm_sku_name";
  static final String USAGE_SIZES_SINCE =
      "SELECT DISTINCT arm_sku_name FROM usage.usage_sum WHERE customer_id = $1 AND arm_region_name = $2 AND usage_hour >= $3 "
          + "AND usage_hour < $4 AND ($5::text IS NULL OR subscription_id = $5::text)";

  // The daily roll-up (DailyBenefit)

  /** Each day of the window with its generation, its roll-up mark and the reservation's rolled-up hours, if any. */
  static final String ROLLUP_READ =
      "SELECT g.day::date AS day, coalesce(d.generation, 0) AS generation, d.rolled_generation, d.rolled_digest, "
          + "r.reserved_hours, r.used_hours, r.utilized_pct, r.min_pct, r.avg_pct, r.max_pct "
          + "FROM generate_series($3::date, $4::date, interval '1 day') AS g(day) "
          + "LEFT JOIN usage.usage_day d ON d.customer_id = $1 AND d.arm_region_name = $2 AND d.usage_date = g.day::date "
          + "LEFT JOIN usage.reservation_day r ON r.customer_id = $1 AND r.arm_region_name = $2 AND r.usage_date = g.day::date "
          + "AND r.reservation_id = $5 ORDER BY 1";
  static final String ROLLUP_GENERATIONS =
      "SELECT g.day::date AS day, coalesce(d.generation, 0) AS generation FROM generate_series($3::date, $4::date, interval '1 day') "
          + "AS g(day) LEFT JOIN usage.usage_day d ON d.customer_id = $1 AND d.arm_region_name = $2 AND d.usage_date = g.day::date";
  static final String ROLLUP_CLEAR =
      "DELETE FROM usage.reservation_day WHERE customer_id = $1 AND arm_region_name = $2 AND usage_date BETWEEN $3 AND $4";
  /** Upserts, so two reads recomputing the same day at once do not collide. */
  static final String ROLLUP_WRITE =
      "INSERT INTO usage.reservation_day (customer_id, arm_region_name, reservation_id, usage_date, reserved_hours, used_hours, "
          + "utilized_pct, min_pct, avg_pct, max_pct) "
          + "SELECT $1, $2, u.id, u.day, u.reserved::numeric, u.used::numeric, u.utilized::numeric, u.low::numeric, u.mean::numeric, "
          + "u.high::numeric FROM unnest($3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) "
          + "AS u(id, day, reserved, used, utilized, low, mean, high) "
          + "ON CONFLICT (customer_id, arm_region_name, usage_date, reservation_id) "
          + "DO UPDATE SET reserved_hours = EXCLUDED.reserved_hours, used_hours = EXCLUDED.used_hours, "
          + "utilized_pct = EXCLUDED.utilized_pct, min_pct = EXCLUDED.min_pct, avg_pct = EXCLUDED.avg_pct, max_pct = EXCLUDED.max_pct";
  /** Marks the days as holding, each only if its usage did not change since its generation was read. */
  static final String ROLLUP_MARK =
      "INSERT INTO usage.usage_day (customer_id, arm_region_name, usage_date, generation, rolled_generation, rolled_digest) "
          + "SELECT $1, $2, u.day, u.generation, u.generation, u.digest FROM unnest($3::date[], $4::int8[], $5::text[]) "
          + "AS u(day, generation, digest) ON CONFLICT (customer_id, arm_region_name, usage_date) "
          + "DO UPDATE SET rolled_generation = EXCLUDED.rolled_generation, rolled_digest = EXCLUDED.rolled_digest "
          + "WHERE usage.usage_day.generation = EXCLUDED.generation";
  /** An ingest's days: their roll-up no longer holds. */
  static final String USAGE_DAYS_CHANGED =
      "INSERT INTO usage.usage_day (customer_id, arm_region_name, usage_date, generation) "
          + "SELECT $1, u.region, u.day, 1 FROM unnest($2::text[], $3::date[]) AS u(region, day) "
          + "ON CONFLICT (customer_id, arm_region_name, usage_date) DO UPDATE SET generation = usage.usage_day.generation + 1";
}
