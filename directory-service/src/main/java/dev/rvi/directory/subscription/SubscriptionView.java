package dev.rvi.directory.subscription;

import io.vertx.core.json.JsonObject;

/** A {@link Subscription} in Partner Center's subscription shape. */
final class SubscriptionView {
  private SubscriptionView() {}

  static JsonObject of(Subscription s) {
    return new JsonObject()
        .put("id", s.id())
        .put("customerId", s.customerId())
        .put("friendlyName", s.friendlyName())
        .put("offerName", "Azure plan")
        .put("status", s.status())
        .put("origin", s.origin())
        .put("registrationStatus", s.registration())
        .put("creationDate", s.createdAt().toInstant().toString())
        .put("attributes", new JsonObject().put("objectType", "Subscription"));
  }
}
