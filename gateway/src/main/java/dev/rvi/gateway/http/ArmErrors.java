package dev.rvi.gateway.http;

import dev.rvi.domain.error.ApiError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Refusals on Azure Resource Manager's paths ({@code /providers/...}, {@code /subscriptions/...}), in ARM's shape:
 * {@code {"error": {"code", "message", "target", "details"}}}, with ARM's codes for the common cases. A refusal of the
 * services' own (a Partner Center code above 1000) keeps that code in {@code details}, so it can still be told apart.
 */
public final class ArmErrors {
  private ArmErrors() {}

  /** Whether the path is one of ARM's, which answer in ARM's shape (in any case, as ARM matches them). */
  public static boolean covers(String path) {
    return path != null && (path.regionMatches(true, 0, "/providers/", 0, 11) || path.regionMatches(true, 0, "/subscriptions/", 0, 15));
  }

  public static JsonObject body(ApiError error) {
    return body(code(error), error.description(), target(error), error.code() > 1000
        ? new JsonArray().add(new JsonObject().put("code", String.valueOf(error.code())).put("message", error.description()))
        : new JsonArray());
  }

  public static JsonObject body(String code, String message, String target, JsonArray details) {
    return new JsonObject().put("error", new JsonObject().put("code", code).put("message", message).put("target", target)
        .put("details", details));
  }

  /** ARM's code for a refusal: by its status, a request that does not fit its shape being InvalidRequestContent. */
  static String code(ApiError error) {
    return switch (error.httpStatus()) {
      case 400 -> badContent(error) ? "InvalidRequestContent" : "BadRequest";
      case 401 -> "AuthenticationFailed";
      case 403 -> "AuthorizationFailed";
      case 404 -> "ResourceNotFound";
      case 405 -> "MethodNotAllowed";
      case 408 -> "RequestTimeout";
      case 409 -> "Conflict";
      case 412 -> "PreconditionFailed";
      case 413 -> "RequestEntityTooLarge";
      case 415 -> "UnsupportedMediaType";
      case 422 -> "UnprocessableEntity";
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      case 504 -> "GatewayTimeout";
      default -> error.httpStatus() >= 500 ? "InternalServerError" : "BadRequest";
    };
  }

  /** A request that does not fit its shape (the gateway's reading of it); a business rule of a service is a BadRequest. */
  private static boolean badContent(ApiError error) {
    String text = error.description() == null ? "" : error.description();
    return "gateway".equals(error.source()) && (text.startsWith("body:") || text.startsWith("the body") || text.startsWith("a JSON body") || text.contains(" is required")
        || text.contains(" must be "));
  }

  /** The field a refusal names, when its text begins with one ("quantities is required", "body: ..."). */
  private static String target(ApiError error) {
    String text = error.description() == null ? "" : error.description();
    int space = text.indexOf(' ');
    if (space <= 0) {
      return null;
    }
    String first = text.substring(0, space);
    return first.matches("[a-z][A-Za-z0-9.\\[\\]]*") && (text.startsWith(first + " is ") || text.startsWith(first + " must "))
        ? first : null;
  }
}
