package dev.rvi.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The sample sheet six times over, at six effective dates (5,040 items, 8,400 rows with their savings-plan rates): a load that takes a second or two. */
final class BigPriceSheet {
  private BigPriceSheet() {}

  static String json() {
    JsonArray items = new JsonArray();
    JsonArray sample = new JsonObject(DemoData.samplePriceSheet()).getJsonArray("Items");
    for (int month = 1; month <= 6; month++) {
      for (Object o : sample) {
        items.add(((JsonObject) o).copy().put("effectiveStartDate", "2025-0" + month + "-01T00:00:00Z"));
      }
    }
    return new JsonObject().put("Items", items).encode();
  }
}
