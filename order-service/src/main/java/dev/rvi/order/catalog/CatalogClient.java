package dev.rvi.order.catalog;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogAction;
import dev.rvi.domain.catalog.CatalogItemLookup;
import dev.rvi.domain.error.ApiException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** The order service asks the catalog, over the bus, what an item is and whether it sells in a market now. */
public final class CatalogClient {
  private final BusClient bus;

  public CatalogClient(BusClient bus) {
    this.bus = bus;
  }

  /** The catalog item, or null when the catalog does not have it; a catalog that is down fails the future. */
  public Future<CatalogItem> resolve(String catalogItemId, String country, Instant at, String requestId) {
    return bus.request(Address.CATALOG, CatalogAction.RESOLVE_CATALOG_ITEM.name(),
            new CatalogItemLookup(catalogItemId, country, at), Caller.SYSTEM, requestId)
        .map(text -> CatalogItem.from(new JsonObject(text)))
        .recover(e -> e instanceof ApiException api && api.error().httpStatus() < 500
            ? Future.succeededFuture(null)
            : Future.failedFuture(e));
  }
}
