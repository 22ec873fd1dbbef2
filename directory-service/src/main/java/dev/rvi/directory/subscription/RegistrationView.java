package dev.rvi.directory.subscription;

import io.vertx.core.json.JsonObject;

/** A {@link Subscription}'s registration for reserved-instance purchase, in Partner Center's registration-status shape. */
final class RegistrationView {
  private RegistrationView() {}

  static JsonObject of(Subscription s) {
    return new JsonObject().put("subscriptionId", s.id()).put("status", s.registration())
        .put("attributes", new JsonObject().put("objectType", "SubscriptionRegistrationStatus"));
  }
}
