package dev.rvi.catalog.inventory;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** An {@link InventoryItem} as Partner Center writes one, each restriction with its reason and the property that causes it. */
public final class InventoryItemView {
  private InventoryItemView() {}

  public static JsonObject of(InventoryItem item) {
    JsonArray restrictions = new JsonArray();
    for (Restriction r : item.restrictions()) {
      restrictions.add(new JsonObject().put("reasonCode", r.reasonCode()).put("description", r.description())
          .put("properties", new JsonArray().add(new JsonObject().put("type", r.propertyType()).put("values", new JsonArray().add(r.value())))));
    }
    return new JsonObject().put("productId", item.productId()).put("skuId", item.skuId())
        .put("isRestricted", item.isRestricted()).put("restrictions", restrictions);
  }
}
