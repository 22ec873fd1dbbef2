package dev.rvi.notification;

import io.vertx.core.json.JsonObject;

/** A {@link WebhookDelivery} as an endpoint's delivery log shows it (its id as text, absent values as nulls). */
final class WebhookDeliveryView {
  private WebhookDeliveryView() {}

  static JsonObject of(WebhookDelivery d) {
    return new JsonObject().put("id", String.valueOf(d.id())).put("eventId", d.eventId()).put("type", d.type())
        .put("status", d.status()).put("attempts", d.attempts())
        .put("responseCode", d.responseCode()).put("latencyMs", d.latencyMs())
        .put("error", d.error()).put("createdAt", d.createdAt().toInstant().toString())
        .put("deliveredAt", d.deliveredAt() == null ? null : d.deliveredAt().toInstant().toString())
        .put("nextAttemptAt", d.nextAttemptAt().toInstant().toString());
  }
}
