package dev.rvi.domain.paging;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Partner Center's collection envelope, with the next page's link when there is one. */
public final class CollectionPage {
  private CollectionPage() {}

  public static JsonObject of(JsonArray items, long total, int offset, String pageUri) {
    JsonObject links = new JsonObject();
    if (pageUri != null && items.size() > 0 && offset + items.size() < total) {
      links.put("next", new JsonObject().put("method", "GET").put("uri",
          pageUri + (pageUri.contains("?") ? "&" : "?") + "continuationToken=" + ContinuationToken.encode(offset + items.size())));
    }
    return new JsonObject().put("totalCount", total).put("items", items).put("links", links)
        .put("attributes", new JsonObject().put("objectType", "Collection"));
  }

  public static JsonObject of(JsonArray items) {
    return of(items, items.size(), 0, null);
  }
}
