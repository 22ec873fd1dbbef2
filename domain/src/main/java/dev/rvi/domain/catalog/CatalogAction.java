package dev.rvi.domain.catalog;

/** What the catalog service answers; the name is the {@code action} header. */
public enum CatalogAction {
  LIST_PRODUCTS,
  GET_PRODUCT,
  LIST_SKUS,
  GET_SKU,
  LIST_AVAILABILITIES,
  SEARCH_RESERVED_INSTANCES,
  LIST_REGIONS,
  CHECK_INVENTORY,
  /** A streamed price-sheet load: opened anywhere, then its pages and commit go to the node holding it. */
  OPEN_PRICE_LOAD,
  /** Part of a page of a load, the raw bytes as the body ({@code pageEnd} header on its last part). */
  PRICE_LOAD_CHUNK,
  COMMIT_PRICE_LOAD,
  ABANDON_PRICE_LOAD,
  GET_PRICE_LOAD,
  LIST_PRICE_LOADS,
  /** Resolves a catalogItemId for a market at a moment: the order service asks this before it sells. */
  RESOLVE_CATALOG_ITEM,
  /** Resolves a savings plan's catalogItemId for a market at a moment: its term, currency and smallest commitment. */
  RESOLVE_SAVINGS_PLAN,
  /** The prices of a flexibility group in a region and term, per ratio-1 unit: what sizing compares. */
  GROUP_PRICES,
  /** Per size and region, the pay-as-you-go and savings-plan hourly rates of a term: what a savings plan's benefit is worked out from. */
  SAVINGS_PLAN_RATES,
  /** A partner's price lists for the tier below it: create, read, change, put in force, preview, their history. */
  CREATE_PRICE_LIST,
  LIST_PRICE_LISTS,
  GET_PRICE_LIST,
  UPDATE_PRICE_LIST,
  ASSIGN_PRICE_LIST,
  UNASSIGN_PRICE_LIST,
  LIST_PRICE_LIST_REVISIONS,
  PREVIEW_PRICE_LIST
}
