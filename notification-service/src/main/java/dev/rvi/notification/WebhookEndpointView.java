package dev.rvi.notification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link WebhookEndpoint} as its partner sees it; the secret only where it is shown, once. */
final class WebhookEndpointView {
  private WebhookEndpointView() {}

  static JsonObject of(WebhookEndpoint e) {
    JsonObject view = new JsonObject().put("id", e.id()).put("url", e.url())
        .put("events", new JsonArray(e.events()))
        .put("customerIds", new JsonArray(e.customerIds()))
        .put("description", e.description()).put("createdAt", e.createdAt().toInstant().toString())
        .put("status", e.disabled() ? "disabled" : "enabled");
    if (e.disabled()) {
      view.put("disabledAt", e.disabledAt().toInstant().toString()).put("disabledReason", e.disabledReason());
    }
    return e.previousSecretUntil() == null ? view : view.put("previousSecretValidUntil", e.previousSecretUntil().toInstant().toString());
  }

  /** At registration and after a rotation: the endpoint with its new secret. */
  static JsonObject withSecret(WebhookEndpoint e, String secret) {
    return of(e).put("secret", secret);
  }
}
