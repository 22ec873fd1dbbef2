package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonObject;

/** ARM's {@code etag} of a resource: a number that changes when what it shows changes. */
final class Etags {
  private Etags() {}

  static int of(JsonObject properties) {
    return Math.floorMod(properties.encode().hashCode(), 1_000_000_000) + 1;
  }
}
