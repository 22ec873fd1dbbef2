package dev.rvi.order.catalog;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.pricing.PricingTiers;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/** The order service asks the catalog, over the bus, what an item is and whether it sells in a market now. */
public final class CatalogClient {
  private final BusClient bus;

  public CatalogClient(BusClient bus) {
    this.bus = bus;
  }

  /**
   * The catalog item id of a size in a region for a term in a market, as Azure names a purchase; null when the
   * catalog has none.
   */
  /** What a search answers that an exchange reads: the items' ids. */
  private record SearchPage(List<Found> items) {
    private record Found(String catalogItemId) {}
  }

  public Future<String> find(String armSkuName, String armRegionName, Term term, String country, String requestId) {
    ReservedInstanceSearch search = new ReservedInstanceSearch(country, List.of(armRegionName), List.of(), List.of(armSkuName), term,
        null, null, null, CatalogSort.NAME, 2, 0, "/v1/reservedInstances", null, false);
    return bus.ask(CatalogContract.SEARCH_RESERVED_INSTANCES, search, Caller.SYSTEM, requestId).map(page -> {
      SearchPage found = Jsons.decode(page.json(), SearchPage.class);
      return found.items() == null || found.items().isEmpty() ? null : found.items().get(0).catalogItemId();
    });
  }

  /** A savings plan's item in the market, or null when it is not sold there; a catalog that is down fails the future. */
  public Future<SavingsPlanItem> resolvePlan(String catalogItemId, String country, Instant at, String requestId) {
    return resolvePlan(catalogItemId, country, at, null, requestId);
  }

  /** The same, with each tier's percent on the plan from the price lists in force at {@code at}. */
  public Future<SavingsPlanItem> resolvePlan(String catalogItemId, String country, Instant at, PricingTiers tiers, String requestId) {
    return bus.ask(CatalogContract.RESOLVE_SAVINGS_PLAN, new CatalogItemLookup(catalogItemId, country, at, tiers), Caller.SYSTEM, requestId)
        .recover(e -> e instanceof ApiException api && api.error().httpStatus() < 500
            ? Future.succeededFuture(null)
            : Future.failedFuture(e));
  }

  /** The catalog item, or null when the catalog does not have it; a catalog that is down fails the future. */
  public Future<CatalogItem> resolve(String catalogItemId, String country, Instant at, String requestId) {
    return resolve(catalogItemId, country, at, null, requestId);
  }

  /** The same, with each tier's unit price from the price lists in force at {@code at}. */
  public Future<CatalogItem> resolve(String catalogItemId, String country, Instant at, PricingTiers tiers, String requestId) {
    return bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup(catalogItemId, country, at, tiers), Caller.SYSTEM, requestId)
        .recover(e -> e instanceof ApiException api && api.error().httpStatus() < 500
            ? Future.succeededFuture(null)
            : Future.failedFuture(e));
  }
}
