package dev.rvi.catalog.sql;

import dev.rvi.domain.catalog.CatalogSort;

/** Every statement of the catalog service, in one place. Parameters are always bound, never spliced. */
public final class CatalogSql {
  private CatalogSql() {}

  /** A price row in force at {@code $2} for currency {@code $1}. */
  private static final String CURRENT = "r.currency = $1 AND r.effective_start <= $2 AND (r.effective_end IS NULL OR r.effective_end > $2)";

  public static final String MARKETS = "SELECT country, name, currency, offer_available FROM catalog.market";

  public static final String REFERENCE_COUNTS =
      "SELECT (SELECT count(*) FROM catalog.flexibility_size), (SELECT count(*) FROM catalog.vm_size), (SELECT count(*) FROM catalog.region)";

  public static final String UPSERT_FLEXIBILITY =
      "INSERT INTO catalog.flexibility_size (arm_sku_name, group_name, ratio) VALUES ($1, $2, $3) "
          + "ON CONFLICT (arm_sku_name) DO UPDATE SET group_name = EXCLUDED.group_name, ratio = EXCLUDED.ratio";

  public static final String UPSERT_VM_SIZE =
      "INSERT INTO catalog.vm_size (arm_sku_name, cores, memory_gib) VALUES ($1, $2, $3) "
          + "ON CONFLICT (arm_sku_name) DO UPDATE SET cores = EXCLUDED.cores, memory_gib = EXCLUDED.memory_gib";

  public static final String UPSERT_REGION =
      "INSERT INTO catalog.region (arm_region_name, display_name) VALUES ($1, $2) "
          + "ON CONFLICT (arm_region_name) DO UPDATE SET display_name = EXCLUDED.display_name";

  public static final String INSERT_SHEET =
      "INSERT INTO catalog.price_sheet (name, loaded_at, rows_read, rows_loaded, rows_skipped, rows_rejected) "
          + "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

  public static final String UPSERT_PRICE =
      "INSERT INTO catalog.price (currency, arm_sku_name, arm_region_name, price_type, term, unit_price, effective_start, "
          + "product_id, sku_id, series, flex_ratio, cores, memory_gib, region_display, product_name, sku_name, meter_id, price_sheet_id) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
          + "ON CONFLICT (currency, price_type, arm_sku_name, arm_region_name, term, effective_start) DO UPDATE SET "
          + "unit_price = EXCLUDED.unit_price, product_id = EXCLUDED.product_id, sku_id = EXCLUDED.sku_id, series = EXCLUDED.series, "
          + "flex_ratio = EXCLUDED.flex_ratio, cores = EXCLUDED.cores, memory_gib = EXCLUDED.memory_gib, "
          + "region_display = EXCLUDED.region_display, product_name = EXCLUDED.product_name, sku_name = EXCLUDED.sku_name, "
          + "meter_id = EXCLUDED.meter_id, price_sheet_id = EXCLUDED.price_sheet_id";

  /** After a load: each price ends where the next one of its key starts. */
  public static final String RECOMPUTE_EFFECTIVE_END =
      "UPDATE catalog.price p SET effective_end = n.next_start FROM ("
          + "SELECT id, lead(effective_start) OVER (PARTITION BY currency, price_type, arm_sku_name, arm_region_name, term "
          + "ORDER BY effective_start) AS next_start FROM catalog.price) n "
          + "WHERE p.id = n.id AND p.effective_end IS DISTINCT FROM n.next_start";

  /** Fresh statistics after a load, so the planner knows the table's size (the search relies on it). */
  public static final String ANALYZE_PRICES = "ANALYZE catalog.price";


  private static final String SEARCH_SELECT =
      "SELECT r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.series, r.cores, r.term, r.unit_price, "
          + "c.unit_price AS payg_hourly, count(*) OVER () AS total "
          + "FROM catalog.price r LEFT JOIN catalog.price c ON c.price_type = 'Consumption' AND c.currency = r.currency "
          + "AND c.arm_sku_name = r.arm_sku_name AND c.arm_region_name = r.arm_region_name "
          + "AND c.effective_start <= $2 AND (c.effective_end IS NULL OR c.effective_end > $2) "
          + "WHERE r.price_type = 'Reservation' AND " + CURRENT
          + " AND (cardinality($3::text[]) = 0 OR r.arm_region_name = ANY($3::text[]))"
          + " AND (cardinality($4::text[]) = 0 OR lower(r.series) = ANY($4::text[]))"
          + " AND (cardinality($5::text[]) = 0 OR lower(r.arm_sku_name) = ANY($5::text[]))"
          + " AND ($6::text IS NULL OR r.term = $6::text)"
          + " AND ($7::int IS NULL OR r.cores >= $7::int)"
          + " AND ($8::int IS NULL OR r.cores <= $8::int)"
          + " AND ($9::text IS NULL OR r.arm_sku_name ILIKE $9::text OR r.series ILIKE $9::text"
          + " OR r.arm_region_name ILIKE $9::text OR r.region_display ILIKE $9::text)";

  private static final String SAVINGS =
      "(c.unit_price * (CASE r.term WHEN 'P3Y' THEN 26280 ELSE 8760 END) - r.unit_price) "
          + "/ NULLIF(c.unit_price * (CASE r.term WHEN 'P3Y' THEN 26280 ELSE 8760 END), 0)";

  public static String search(CatalogSort sort) {
    String order = switch (sort) {
      case NAME -> "lower(r.arm_sku_name), r.arm_region_name, r.term";
      case PRICE -> "r.unit_price, lower(r.arm_sku_name), r.arm_region_name, r.term";
      case PRICE_DESC -> "r.unit_price DESC, lower(r.arm_sku_name), r.arm_region_name, r.term";
      case SAVINGS -> SAVINGS + " DESC NULLS LAST, lower(r.arm_sku_name), r.arm_region_name, r.term";
      case CORES -> "r.cores NULLS LAST, lower(r.arm_sku_name), r.arm_region_name, r.term";
      case REGION -> "r.arm_region_name, lower(r.arm_sku_name), r.term";
    };
    return SEARCH_SELECT + " ORDER BY " + order + " LIMIT $10 OFFSET $11";
  }

  public static final String PRODUCTS =
      "SELECT r.product_id, r.series, count(DISTINCT r.arm_sku_name) AS sizes, count(DISTINCT r.arm_region_name) AS regions, "
          + "min(r.cores) AS min_cores, max(r.cores) AS max_cores FROM catalog.price r "
          + "WHERE r.price_type = 'Reservation' AND " + CURRENT + " AND ($3::text IS NULL OR r.product_id = $3::text) "
          + "GROUP BY r.product_id, r.series ORDER BY r.series";

  public static final String SKUS =
      "SELECT r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.region_display, r.series, r.flex_ratio, r.cores, "
          + "r.memory_gib, r.term, r.unit_price, count(*) OVER () AS total FROM catalog.price r "
          + "WHERE r.price_type = 'Reservation' AND " + CURRENT + " AND r.product_id = $3 AND ($4::text IS NULL OR r.sku_id = $4::text) "
          + "ORDER BY lower(r.arm_sku_name), r.arm_region_name, r.term LIMIT $5 OFFSET $6";

  /** The smallest size of a group in a region and term, with its PAYG price: sizing's price per ratio-1 unit. */
  public static final String GROUP_PRICES =
      "SELECT r.arm_sku_name, r.flex_ratio, r.unit_price, c.unit_price AS payg_hourly FROM catalog.price r "
          + "JOIN catalog.price c ON c.price_type = 'Consumption' AND c.currency = r.currency AND c.arm_sku_name = r.arm_sku_name "
          + "AND c.arm_region_name = r.arm_region_name AND c.effective_start <= $2 AND (c.effective_end IS NULL OR c.effective_end > $2) "
          + "WHERE r.price_type = 'Reservation' AND " + CURRENT + " AND r.arm_region_name = $3 AND lower(r.series) = lower($4) "
          + "AND r.term = $5 ORDER BY r.flex_ratio NULLS LAST, r.unit_price LIMIT 1";

  public static final String CATALOG_ITEM =
      "SELECT r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.region_display, r.series, r.flex_ratio, r.cores, "
          + "r.memory_gib, r.term, r.unit_price FROM catalog.price r "
          + "WHERE r.price_type = 'Reservation' AND " + CURRENT + " AND r.product_id = $3 AND r.sku_id = $4";
}
