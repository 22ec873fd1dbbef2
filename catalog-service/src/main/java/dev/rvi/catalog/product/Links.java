package dev.rvi.catalog.product;

import io.vertx.core.json.JsonObject;

/** A link of Partner Center's resources: where to GET the linked one. */
final class Links {
  private Links() {}

  static JsonObject get(String uri) {
    return new JsonObject().put("uri", uri).put("method", "GET");
  }
}
