package dev.rvi.catalog.search;

import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The regions the catalog sells in, as the region filter lists them: {@code name}, {@code displayName}, {@code offers}. */
public final class SoldRegionView {
  private SoldRegionView() {}

  public static JsonObject of(SoldRegion region) {
    return new JsonObject().put("name", region.name()).put("displayName", region.displayName()).put("offers", region.offers());
  }

  public static JsonObject page(List<SoldRegion> regions) {
    JsonArray items = new JsonArray();
    regions.forEach(r -> items.add(of(r)));
    return CollectionPage.of(items);
  }
}
