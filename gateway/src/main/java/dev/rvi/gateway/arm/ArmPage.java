package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** ARM's list: {@code {"value": [...], "nextLink": "<the next page's full URL>"}}, without a nextLink on the last page. */
public final class ArmPage {
  private ArmPage() {}

  public static JsonObject of(JsonArray value, String nextLink) {
    JsonObject page = new JsonObject().put("value", value);
    return nextLink == null ? page : page.put("nextLink", nextLink);
  }
}
