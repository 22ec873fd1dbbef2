package dev.rvi.catalog.sql;

import dev.rvi.domain.outbox.OutboxSql;

/** Every statement of the catalog service, in one place. Parameters are always bound, never spliced. */
public final class CatalogSql {
  /** The catalog's outbox: the operator's {@code priceSheet.loaded} events, written in the load's transaction. */
  public static final OutboxSql OUTBOX = new OutboxSql("catalog");

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

  /** Fresh statistics after a load, so the planner knows the table's size (the search relies on it). */
  public static final String ANALYZE_PRICES = "ANALYZE catalog.price";


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

  // The savings plan for compute (SavingsPlanCatalog)

  /** Of the terms $3, those with a savings-plan rate in force at $2 in currency $1. */
  public static final String SAVINGS_PLAN_TERMS =
      "SELECT t.term FROM unnest($3::text[]) AS t(term) WHERE EXISTS (SELECT 1 FROM catalog.price r "
          + "WHERE r.price_type = 'SavingsPlan' AND r.term = t.term AND " + CURRENT + ") ORDER BY t.term";

  /**
   * The PAYG prices in force at $2 in currency $1 in regions $4 (none: any) of sizes $5 (lower case; none: any), each with
   * the savings-plan rate of its size and region for term $3 (or null), at most $6 rows.
   */
  public static final String SAVINGS_PLAN_RATES =
      "SELECT r.arm_region_name, r.arm_sku_name, r.unit_price AS payg_hourly, s.unit_price AS savings_plan_hourly FROM catalog.price r "
          + "LEFT JOIN catalog.price s ON s.price_type = 'SavingsPlan' AND s.currency = r.currency AND s.arm_sku_name = r.arm_sku_name "
          + "AND s.arm_region_name = r.arm_region_name AND s.term = $3 AND s.effective_start <= $2 "
          + "AND (s.effective_end IS NULL OR s.effective_end > $2) "
          + "WHERE r.price_type = 'Consumption' AND " + CURRENT + " AND (cardinality($4::text[]) = 0 OR r.arm_region_name = ANY($4::text[])) "
          + "AND (cardinality($5::text[]) = 0 OR lower(r.arm_sku_name) = ANY($5::text[])) "
          + "ORDER BY r.arm_region_name, lower(r.arm_sku_name) LIMIT $6";

  // The search's in-memory index (CatalogIndex)

  /** The savings plan's rate of the size, region and term of reservation price {@code r} in force at {@code $1}. */
  private static final String SAVINGS_PLAN_OF_R = "LEFT JOIN catalog.price s ON s.price_type = 'SavingsPlan' AND s.currency = r.currency "
      + "AND s.arm_sku_name = r.arm_sku_name AND s.arm_region_name = r.arm_region_name AND s.term = r.term "
      + "AND s.effective_start <= $1 AND (s.effective_end IS NULL OR s.effective_end > $1) ";

  /**
   * Every reservation price in force at $1 with its PAYG price and its savings-plan rate of the same term, and on every
   * row the window in which these are the prices in force (the last start or end at or before $1, the next one after it)
   * and the newest sheet's id.
   * One statement, so all of it comes from one snapshot of the database; no price at all still answers one row.
   */
  public static final String INDEX_PRICES =
      "WITH b AS (SELECT (SELECT max(t) FROM (SELECT effective_start AS t FROM catalog.price WHERE effective_start <= $1 "
          + "UNION ALL SELECT effective_end FROM catalog.price WHERE effective_end <= $1) x) AS valid_from, "
          + "(SELECT min(t) FROM (SELECT effective_start AS t FROM catalog.price WHERE effective_start > $1 "
          + "UNION ALL SELECT effective_end FROM catalog.price WHERE effective_end > $1) y) AS valid_until, "
          + "(SELECT count(*) FROM catalog.price_sheet) AS version), "
          + "p AS (SELECT r.currency, r.product_id, r.sku_id, r.arm_sku_name, r.arm_region_name, r.region_display, r.series, r.cores, r.flex_ratio, "
          + "r.term, r.unit_price, c.unit_price AS payg_hourly, s.unit_price AS savings_plan_hourly FROM catalog.price r "
          + "LEFT JOIN catalog.price c ON c.price_type = 'Consumption' AND c.currency = r.currency AND c.arm_sku_name = r.arm_sku_name "
          + "AND c.arm_region_name = r.arm_region_name AND c.effective_start <= $1 AND (c.effective_end IS NULL OR c.effective_end > $1) "
          + SAVINGS_PLAN_OF_R
          + "WHERE r.price_type = 'Reservation' AND r.effective_start <= $1 AND (r.effective_end IS NULL OR r.effective_end > $1)) "
          + "SELECT b.valid_from, b.valid_until, b.version, p.* FROM b LEFT JOIN p ON true";
  /** Sheets are never deleted, so their count changes with every load committed on any node. */
  public static final String NEWEST_SHEET = "SELECT count(*) FROM catalog.price_sheet";

  // Streamed price-sheet loads (PriceLoad)

  public static final String LOAD_OPEN =
      "INSERT INTO catalog.price_load (name, status, started_at, updated_at) VALUES ($1, 'open', $2, $2) RETURNING id";
  public static final String LOAD_PROGRESS =
      "UPDATE catalog.price_load SET updated_at = $2, pages = $3, rows_read = $4, rows_loaded = $5, rows_skipped = $6, rows_rejected = $7 "
          + "WHERE id = $1";
  public static final String LOAD_FINISH =
      "UPDATE catalog.price_load SET status = $2, updated_at = $3, pages = $4, rows_read = $5, rows_loaded = $6, rows_skipped = $7, "
          + "rows_rejected = $8, price_sheet_id = $9, error = $10 WHERE id = $1";
  /** In the commit's transaction: only a load still open is committed (one given up meanwhile answers no row). */
  public static final String LOAD_COMMITTED =
      "UPDATE catalog.price_load SET status = 'committed', updated_at = $2, pages = $3, rows_read = $4, rows_loaded = $5, "
          + "rows_skipped = $6, rows_rejected = $7, price_sheet_id = $8 WHERE id = $1 AND status = 'open' RETURNING id";
  public static final String LOAD_GET =
      "SELECT id, name, status, pages, rows_read, rows_loaded, rows_skipped, rows_rejected, started_at, price_sheet_id "
          + "FROM catalog.price_load WHERE id = $1";
  public static final String LOAD_LIST =
      "SELECT id, name, status, pages, rows_read, rows_loaded, rows_skipped, rows_rejected, started_at, price_sheet_id "
          + "FROM catalog.price_load ORDER BY id DESC LIMIT 50";

  private static final String PRICE_COLUMNS = "currency, arm_sku_name, arm_region_name, price_type, term, unit_price, effective_start, "
      + "product_id, sku_id, series, flex_ratio, cores, memory_gib, region_display, product_name, sku_name, meter_id";

  /**
   * A batch of load $1's rows as arrays, one statement, staged outside any transaction. A row of a key this load
   * already staged is left as it is and not answered (a duplicate). Answers the key of each row staged.
   */
  public static final String STAGE_PRICES =
      "INSERT INTO catalog.price_stage (load_id, " + PRICE_COLUMNS + ") "
          + "SELECT $1, u.currency, u.sku, u.region, u.type, u.term, u.price::numeric, u.start, u.product_id, u.sku_id, u.series, "
          + "u.flex::numeric, u.cores, u.memory::numeric, u.display, u.product_name, u.sku_name, u.meter "
          + "FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[], "
          + "$10::text[], $11::text[], $12::text[], $13::int[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[]) "
          + "AS u(currency, sku, region, type, term, price, start, product_id, sku_id, series, flex, cores, memory, display, "
          + "product_name, sku_name, meter) "
          + "ON CONFLICT DO NOTHING "
          + "RETURNING currency || '|' || price_type || '|' || arm_sku_name || '|' || arm_region_name || '|' || term || '|' "
          + "|| floor(extract(epoch FROM effective_start))::bigint";

  /** At commit: load $1's staged rows in force as sheet $2's; a key an earlier sheet has is superseded. */
  public static final String PUT_STAGED_IN_FORCE =
      "INSERT INTO catalog.price (" + PRICE_COLUMNS + ", price_sheet_id) SELECT " + PRICE_COLUMNS + ", $2 "
          + "FROM catalog.price_stage WHERE load_id = $1 "
          + "ON CONFLICT (currency, price_type, arm_sku_name, arm_region_name, term, effective_start) DO UPDATE SET "
          + "unit_price = EXCLUDED.unit_price, product_id = EXCLUDED.product_id, sku_id = EXCLUDED.sku_id, series = EXCLUDED.series, "
          + "flex_ratio = EXCLUDED.flex_ratio, cores = EXCLUDED.cores, memory_gib = EXCLUDED.memory_gib, "
          + "region_display = EXCLUDED.region_display, product_name = EXCLUDED.product_name, sku_name = EXCLUDED.sku_name, "
          + "meter_id = EXCLUDED.meter_id, price_sheet_id = EXCLUDED.price_sheet_id";

  public static final String UNSTAGE = "DELETE FROM catalog.price_stage WHERE load_id = $1";
  /** Staged rows of loads that are no longer open (a node stopped between its load's end and the clean-up). */
  public static final String UNSTAGE_ENDED =
      "DELETE FROM catalog.price_stage s WHERE NOT EXISTS (SELECT 1 FROM catalog.price_load l WHERE l.id = s.load_id AND l.status = 'open')";
  /** Loads open and not changed since $1. */
  public static final String LOADS_OPEN = "SELECT id FROM catalog.price_load WHERE status = 'open' AND updated_at < $1";
  public static final String LOAD_ORPHANED =
      "UPDATE catalog.price_load SET status = 'abandoned', error = 'the catalog node serving it stopped', updated_at = $2 "
          + "WHERE id = $1 AND status = 'open'";

  /** After a load: each price of the keys it wrote ends where the next one of its key starts. */
  public static final String RECOMPUTE_EFFECTIVE_END_OF_SHEET =
      "UPDATE catalog.price p SET effective_end = n.next_start FROM ("
          + "SELECT q.id, lead(q.effective_start) OVER (PARTITION BY q.currency, q.price_type, q.arm_sku_name, q.arm_region_name, q.term "
          + "ORDER BY q.effective_start) AS next_start FROM catalog.price q "
          + "WHERE (q.currency, q.price_type, q.arm_sku_name, q.arm_region_name, q.term) IN (SELECT DISTINCT currency, price_type, "
          + "arm_sku_name, arm_region_name, term FROM catalog.price WHERE price_sheet_id = $1)) n "
          + "WHERE p.id = n.id AND p.effective_end IS DISTINCT FROM n.next_start";

  // Price lists. Every statement names the owner: another partner's list is not found.
  private static final String PRICE_LIST_COLUMNS =
      "l.id, l.owner_id, l.name, l.currency, l.allow_negative_margin, l.rules, l.fixed_prices, l.version, l.created_at, l.created_by, "
          + "l.updated_at, l.updated_by";
  private static final String ASSIGNMENT_COLUMNS =
      "a.id, a.list_id, a.owner_id, a.assignee_kind, a.assignee_id, a.currency, a.effective_from, a.effective_to, a.created_at, a.created_by";

  public static final String INSERT_PRICE_LIST =
      "INSERT INTO catalog.price_list (id, owner_id, name, currency, allow_negative_margin, rules, fixed_prices, version, created_at, "
          + "created_by, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $8, $9)";
  /** Changes list $1 of owner $2 if its version is still $10; no row when it is another's or was changed meanwhile. */
  public static final String UPDATE_PRICE_LIST =
      "UPDATE catalog.price_list SET name = $3, currency = $4, allow_negative_margin = $5, rules = $6, fixed_prices = $7, "
          + "version = version + 1, updated_at = $8, updated_by = $9 WHERE id = $1 AND owner_id = $2 AND version = $10 "
          + "RETURNING " + PRICE_LIST_COLUMNS.replace("l.", "");
  /** The list's version goes up with every change of its assignments too, so its history has one order. */
  public static final String BUMP_PRICE_LIST =
      "UPDATE catalog.price_list SET version = version + 1, updated_at = $3, updated_by = $4 WHERE id = $1 AND owner_id = $2 "
          + "RETURNING " + PRICE_LIST_COLUMNS.replace("l.", "");
  public static final String PRICE_LIST = "SELECT " + PRICE_LIST_COLUMNS + " FROM catalog.price_list l WHERE l.id = $1 AND l.owner_id = $2";
  public static final String PRICE_LIST_FOR_UPDATE = PRICE_LIST + " FOR UPDATE";
  public static final String PRICE_LISTS =
      "SELECT " + PRICE_LIST_COLUMNS + ", count(*) OVER () AS total FROM catalog.price_list l WHERE l.owner_id = $1 "
          + "ORDER BY l.created_at, l.id LIMIT $2 OFFSET $3";
  public static final String ASSIGNMENTS_OF =
      "SELECT " + ASSIGNMENT_COLUMNS + " FROM catalog.price_list_assignment a WHERE a.list_id = ANY($1::text[]) AND a.owner_id = $2 "
          + "AND a.removed_at IS NULL ORDER BY a.effective_from, a.id";
  /** The live assignments of owner $1 for the same assignee ($2, null: the default) and currency $3 whose days meet [$4, $5). */
  public static final String OVERLAPPING_ASSIGNMENTS =
      "SELECT " + ASSIGNMENT_COLUMNS + " FROM catalog.price_list_assignment a WHERE a.owner_id = $1 AND a.assignee_id IS NOT DISTINCT FROM $2 "
          + "AND a.currency = $3 AND a.removed_at IS NULL AND (a.effective_to IS NULL OR a.effective_to > $4) AND ($5::date IS NULL OR a.effective_from < $5)";
  /** Serializes assignment changes of one owner, so two overlapping assignments cannot both pass the check. */
  public static final String LOCK_OWNER_ASSIGNMENTS = "SELECT pg_advisory_xact_lock(hashtext('price_list_assignment|' || $1))";
  public static final String INSERT_ASSIGNMENT =
      "INSERT INTO catalog.price_list_assignment (id, list_id, owner_id, assignee_kind, assignee_id, currency, effective_from, effective_to, "
          + "created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
  public static final String REMOVE_ASSIGNMENT =
      "UPDATE catalog.price_list_assignment SET removed_at = $4, removed_by = $5 WHERE id = $1 AND list_id = $2 AND owner_id = $3 "
          + "AND removed_at IS NULL RETURNING " + ASSIGNMENT_COLUMNS.replace("a.", "");
  /** The list owner $1 has in force on day $4 in currency $3 for assignee $2, else its default (the assignee's first). */
  public static final String BOOK_IN_FORCE =
      "SELECT " + PRICE_LIST_COLUMNS + " FROM catalog.price_list_assignment a JOIN catalog.price_list l ON l.id = a.list_id "
          + "WHERE a.owner_id = $1 AND (a.assignee_id = $2 OR a.assignee_id IS NULL) AND a.currency = $3 AND a.removed_at IS NULL "
          + "AND a.effective_from <= $4 AND (a.effective_to IS NULL OR a.effective_to > $4) "
          + "ORDER BY (a.assignee_id IS NULL), a.effective_from DESC LIMIT 1";
  public static final String ANY_ASSIGNMENT = "SELECT EXISTS (SELECT 1 FROM catalog.price_list_assignment WHERE removed_at IS NULL)";
  public static final String INSERT_REVISION =
      "INSERT INTO catalog.price_list_revision (list_id, version, change, changed_at, changed_by, detail, snapshot) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7)";
  public static final String REVISIONS =
      "SELECT r.list_id, r.version, r.change, r.changed_at, r.changed_by, r.detail, r.snapshot FROM catalog.price_list_revision r "
          + "JOIN catalog.price_list l ON l.id = r.list_id WHERE r.list_id = $1 AND l.owner_id = $2 ORDER BY r.version DESC";
}
