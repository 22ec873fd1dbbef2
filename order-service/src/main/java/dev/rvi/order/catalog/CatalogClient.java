package dev.rvi.order.catalog;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.error.ApiException;
import io.vertx.core.Future;
import java.time.Instant;

/** The order service asks the catalog, over the bus, what an item is and whether it sells in a market now. */
public final class CatalogClient {
  private final BusClient bus;

  public CatalogClient(BusClient bus) {
    this.bus = bus;
  }

  /** The catalog item, or null when the catalog does not have it; a catalog that is down fails the future. */
  public Future<CatalogItem> resolve(String catalogItemId, String country, Instant at, String requestId) {
    return bus.ask(CatalogContract.RESOLVE_CATALOG_ITEM, new CatalogItemLookup(catalogItemId, country, at), Caller.SYSTEM, requestId)
        .recover(e -> e instanceof ApiException api && api.error().httpStatus() < 500
            ? Future.succeededFuture(null)
            : Future.failedFuture(e));
  }
}
