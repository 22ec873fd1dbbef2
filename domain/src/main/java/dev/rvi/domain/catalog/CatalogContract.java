package dev.rvi.domain.catalog;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;

/** The catalog service's actions: the partner-facing catalog (documents) and what other services ask it. */
public final class CatalogContract {
  private CatalogContract() {}

  public static final BusAction<CatalogQuery, Document> LIST_PRODUCTS = document(CatalogAction.LIST_PRODUCTS, CatalogQuery.class);
  public static final BusAction<CatalogQuery, Document> GET_PRODUCT = document(CatalogAction.GET_PRODUCT, CatalogQuery.class);
  public static final BusAction<CatalogQuery, Document> LIST_SKUS = document(CatalogAction.LIST_SKUS, CatalogQuery.class);
  public static final BusAction<CatalogQuery, Document> GET_SKU = document(CatalogAction.GET_SKU, CatalogQuery.class);
  public static final BusAction<CatalogQuery, Document> LIST_AVAILABILITIES = document(CatalogAction.LIST_AVAILABILITIES, CatalogQuery.class);
  public static final BusAction<ReservedInstanceSearch, Document> SEARCH_RESERVED_INSTANCES =
      document(CatalogAction.SEARCH_RESERVED_INSTANCES, ReservedInstanceSearch.class);
  public static final BusAction<InventoryCheck, Document> CHECK_INVENTORY = document(CatalogAction.CHECK_INVENTORY, InventoryCheck.class);
  public static final BusAction<PriceSheetUpload, PriceSheetReport> LOAD_PRICE_SHEET =
      BusAction.of(Address.CATALOG, CatalogAction.LOAD_PRICE_SHEET.name(), PriceSheetUpload.class, PriceSheetReport.class);

  /** The order service, before it sells: the item, or 404 when the market's catalog does not have it. */
  public static final BusAction<CatalogItemLookup, CatalogItem> RESOLVE_CATALOG_ITEM =
      BusAction.of(Address.CATALOG, CatalogAction.RESOLVE_CATALOG_ITEM.name(), CatalogItemLookup.class, CatalogItem.class);
  /** The usage service's sizing advice: a group's prices, or 404 when nothing is sold there. */
  public static final BusAction<GroupPriceQuery, GroupPrices> GROUP_PRICES =
      BusAction.of(Address.CATALOG, CatalogAction.GROUP_PRICES.name(), GroupPriceQuery.class, GroupPrices.class);

  private static <Q> BusAction<Q, Document> document(CatalogAction action, Class<Q> request) {
    return BusAction.of(Address.CATALOG, action.name(), request, Document.class);
  }
}
