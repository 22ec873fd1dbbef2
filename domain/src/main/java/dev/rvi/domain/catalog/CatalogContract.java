package dev.rvi.domain.catalog;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.pricing.AssignmentRef;
import dev.rvi.domain.pricing.AssignmentWrite;
import dev.rvi.domain.pricing.PriceListQuery;
import dev.rvi.domain.pricing.PriceListRef;
import dev.rvi.domain.pricing.PriceListWrite;
import dev.rvi.domain.pricing.PricePreviewRequest;

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
  /** The regions the market's prices in force are in, each with its number of offers: what a region filter offers. */
  public static final BusAction<CatalogQuery, Document> LIST_REGIONS = document(CatalogAction.LIST_REGIONS, CatalogQuery.class);
  public static final BusAction<InventoryCheck, Document> CHECK_INVENTORY = document(CatalogAction.CHECK_INVENTORY, InventoryCheck.class);
  public static final BusAction<PriceLoadOpen, PriceLoadState> OPEN_PRICE_LOAD =
      BusAction.of(Address.CATALOG, CatalogAction.OPEN_PRICE_LOAD.name(), PriceLoadOpen.class, PriceLoadState.class);
  /** Sent to the load's own address ({@link PriceSheetSender#address}), the node that holds its transaction. */
  public static final BusAction<PriceLoadRef, PriceSheetReport> COMMIT_PRICE_LOAD =
      BusAction.of(Address.CATALOG, CatalogAction.COMMIT_PRICE_LOAD.name(), PriceLoadRef.class, PriceSheetReport.class);
  public static final BusAction<PriceLoadRef, PriceLoadState> ABANDON_PRICE_LOAD =
      BusAction.of(Address.CATALOG, CatalogAction.ABANDON_PRICE_LOAD.name(), PriceLoadRef.class, PriceLoadState.class);
  public static final BusAction<PriceLoadRef, PriceLoadState> GET_PRICE_LOAD =
      BusAction.of(Address.CATALOG, CatalogAction.GET_PRICE_LOAD.name(), PriceLoadRef.class, PriceLoadState.class);
  public static final BusAction<NoBody, Document> LIST_PRICE_LOADS = document(CatalogAction.LIST_PRICE_LOADS, NoBody.class);

  /** The order service, before it sells: the item, or 404 when the market's catalog does not have it. */
  public static final BusAction<CatalogItemLookup, CatalogItem> RESOLVE_CATALOG_ITEM =
      BusAction.of(Address.CATALOG, CatalogAction.RESOLVE_CATALOG_ITEM.name(), CatalogItemLookup.class, CatalogItem.class);
  /** The order service, before it sells a savings plan: the plan's item in the market, or 404 when it is not sold there. */
  public static final BusAction<CatalogItemLookup, SavingsPlanItem> RESOLVE_SAVINGS_PLAN =
      BusAction.of(Address.CATALOG, CatalogAction.RESOLVE_SAVINGS_PLAN.name(), CatalogItemLookup.class, SavingsPlanItem.class);
  /** The usage service's sizing advice: a group's prices, or 404 when nothing is sold there. */
  public static final BusAction<GroupPriceQuery, GroupPrices> GROUP_PRICES =
      BusAction.of(Address.CATALOG, CatalogAction.GROUP_PRICES.name(), GroupPriceQuery.class, GroupPrices.class);
  /** The usage service, for a savings plan's benefit: PAYG and savings-plan hourly rates per size and region (400 for a query too wide). */
  public static final BusAction<SavingsPlanRateQuery, SavingsPlanRates> SAVINGS_PLAN_RATES =
      BusAction.of(Address.CATALOG, CatalogAction.SAVINGS_PLAN_RATES.name(), SavingsPlanRateQuery.class, SavingsPlanRates.class);

  public static final BusAction<PriceListWrite, Document> CREATE_PRICE_LIST = document(CatalogAction.CREATE_PRICE_LIST, PriceListWrite.class);
  public static final BusAction<PriceListQuery, Document> LIST_PRICE_LISTS = document(CatalogAction.LIST_PRICE_LISTS, PriceListQuery.class);
  public static final BusAction<PriceListRef, Document> GET_PRICE_LIST = document(CatalogAction.GET_PRICE_LIST, PriceListRef.class);
  public static final BusAction<PriceListWrite, Document> UPDATE_PRICE_LIST = document(CatalogAction.UPDATE_PRICE_LIST, PriceListWrite.class);
  public static final BusAction<AssignmentWrite, Document> ASSIGN_PRICE_LIST = document(CatalogAction.ASSIGN_PRICE_LIST, AssignmentWrite.class);
  public static final BusAction<AssignmentRef, Document> UNASSIGN_PRICE_LIST = document(CatalogAction.UNASSIGN_PRICE_LIST, AssignmentRef.class);
  public static final BusAction<PriceListRef, Document> LIST_PRICE_LIST_REVISIONS =
      document(CatalogAction.LIST_PRICE_LIST_REVISIONS, PriceListRef.class);
  /** What a draft list does to a market's catalog: old and new price per item, and where the margin would be negative. */
  public static final BusAction<PricePreviewRequest, Document> PREVIEW_PRICE_LIST =
      document(CatalogAction.PREVIEW_PRICE_LIST, PricePreviewRequest.class);

  private static <Q> BusAction<Q, Document> document(CatalogAction action, Class<Q> request) {
    return BusAction.of(Address.CATALOG, action.name(), request, Document.class);
  }
}
