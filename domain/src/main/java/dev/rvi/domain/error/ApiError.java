package dev.rvi.domain.error;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A refusal in Partner Center's error shape: HTTP status plus
 * {@code {"code", "description", "data", "source"}}. It travels over the event bus as the failure
 * message of a reply (failure code = HTTP status, message = the JSON body), so it is cluster-safe.
 */
public record ApiError(int httpStatus, int code, String description, List<String> data, String source) {

  public ApiError {
    data = data == null ? List.of() : List.copyOf(data);
  }

  public static ApiError of(int httpStatus, int code, String description, String source) {
    return new ApiError(httpStatus, code, description, List.of(), source);
  }

  public ApiError withData(List<String> details) {
    return new ApiError(httpStatus, code, description, details, source);
  }

  public JsonObject body() {
    return new JsonObject()
        .put("code", code)
        .put("description", description)
        .put("data", new JsonArray(List.copyOf(data)))
        .put("source", source);
  }

  /** Reads a body written by {@link #body()}; null when the text is not one. */
  public static ApiError fromBody(int httpStatus, String text) {
    if (text == null || !text.startsWith("{")) {
      return null;
    }
    try {
      JsonObject json = new JsonObject(text);
      Integer code = json.getInteger("code");
      String description = json.getString("description");
      if (code == null || description == null) {
        return null;
      }
      JsonArray data = json.getJsonArray("data", new JsonArray());
      List<String> details = data.stream().map(String::valueOf).toList();
      return new ApiError(httpStatus, code, description, details, json.getString("source", "gateway"));
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  public ApiException exception() {
    return new ApiException(this);
  }
}
