package dev.rvi.domain.catalog;

/** What the catalog service answers; the name is the {@code action} header. */
public enum CatalogAction {
  LIST_PRODUCTS,
  GET_PRODUCT,
  LIST_SKUS,
  GET_SKU,
  LIST_AVAILABILITIES,
  SEARCH_RESERVED_INSTANCES,
  CHECK_INVENTORY,
  LOAD_PRICE_SHEET,
  /** Resolves a catalogItemId for a market at a moment: the order service asks this before it sells. */
  RESOLVE_CATALOG_ITEM,
  /** The prices of a flexibility group in a region and term, per ratio-1 unit: what sizing compares. */
  GROUP_PRICES
}
