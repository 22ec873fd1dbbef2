package dev.rvi.catalog;

import io.vertx.core.json.JsonObject;

/** The catalog's numbers that are policy, not code. */
public record CatalogConfig(int maximumQuantity, int poolSize) {

  public static CatalogConfig from(JsonObject config) {
    return new CatalogConfig(config.getInteger("maximumQuantity", 1000), config.getInteger("poolSize", 8));
  }
}
