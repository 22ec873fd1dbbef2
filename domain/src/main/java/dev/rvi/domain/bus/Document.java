package dev.rvi.domain.bus;

import dev.rvi.domain.json.Jsons;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The reply of an action the gateway answers a client with: the response body as the service wrote it
 * (Partner Center's or Azure's shape). The gateway passes it through unread, so it is carried as text and
 * never parsed on the way; anything another service reads is a record of its own, not a document.
 */
public record Document(String json) {

  public static Document of(JsonObject json) {
    return new Document(json.encode());
  }

  /** A handler's result as the document it is: JSON (object or array), text already encoded, or a view record; null is no body. */
  public static Document from(Object result) {
    if (result == null) {
      return empty();
    }
    if (result instanceof Document document) {
      return document;
    }
    if (result instanceof JsonObject json) {
      return of(json);
    }
    if (result instanceof JsonArray array) {
      return new Document(array.encode());
    }
    if (result instanceof String text) {
      return new Document(text);
    }
    return new Document(Jsons.encode(result));
  }

  /** A reply without a body (a 204). */
  public static Document empty() {
    return new Document("");
  }
}
