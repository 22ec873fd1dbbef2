package dev.rvi.gateway.arm;

import dev.rvi.domain.error.Errors;
import dev.rvi.gateway.http.PathIds;

/** Subscriptions as Azure's bodies name them: {@code /subscriptions/{id}} (or the id alone). */
final class ArmScopes {
  private ArmScopes() {}

  /** The subscription's id; null stays null; anything else is a 400 naming {@code field}. */
  static String subscription(String value, String field) {
    if (value == null) {
      return null;
    }
    String id = value.trim().replaceFirst("(?i)^/subscriptions/", "").replaceFirst("/$", "");
    if (!PathIds.ID.matcher(id).matches()) {
      throw Errors.badRequest("gateway", field + " must be /subscriptions/{subscriptionId}");
    }
    return id;
  }
}
