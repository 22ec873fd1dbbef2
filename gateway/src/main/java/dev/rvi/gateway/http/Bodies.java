package dev.rvi.gateway.http;

import dev.rvi.domain.error.Errors;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Request bodies: JSON objects only, with a clear 400 for anything else. */
public final class Bodies {
  private static final String SOURCE = "gateway";

  private Bodies() {}

  /** The body as a JSON object, read by {@link StrictJson} (UTF-8, no comments, no key given twice in any case). */
  public static JsonObject object(RoutingContext ctx) {
    if (!(StrictJson.of(ctx) instanceof JsonObject json)) {
      throw Errors.badRequest(SOURCE, "the body must be a JSON object");
    }
    return json;
  }

  /** A field looked up without regard to case: Partner Center's samples write both TargetItems and targetItems. */
  public static Object field(JsonObject json, String name) {
    if (json.containsKey(name)) {
      return json.getValue(name);
    }
    for (String key : json.fieldNames()) {
      if (key.equalsIgnoreCase(name)) {
        return json.getValue(key);
      }
    }
    return null;
  }

  public static String string(JsonObject json, String name) {
    Object value = field(json, name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw Errors.badRequest(SOURCE, name + " must be a string");
    }
    return s;
  }

  public static JsonArray array(JsonObject json, String name) {
    Object value = field(json, name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray a)) {
      throw Errors.badRequest(SOURCE, name + " must be an array");
    }
    return a;
  }

  public static JsonObject object(JsonObject json, String name) {
    Object value = field(json, name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject o)) {
      throw Errors.badRequest(SOURCE, name + " must be an object");
    }
    return o;
  }
}
