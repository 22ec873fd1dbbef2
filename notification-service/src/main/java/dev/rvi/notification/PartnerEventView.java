package dev.rvi.notification;

import dev.rvi.domain.notification.PartnerEvent;
import io.vertx.core.json.JsonObject;

/** A {@link PartnerEvent} as the feed lists it and a webhook posts it (the reseller of record is not shown; a missing customer is a null). */
final class PartnerEventView {
  private PartnerEventView() {}

  static JsonObject of(PartnerEvent e) {
    return new JsonObject().put("id", e.id()).put("type", e.type()).put("createdAt", e.createdAt().toString())
        .put("partnerId", e.partnerId()).put("customerId", e.customerId()).put("data", new JsonObject(e.data()));
  }
}
