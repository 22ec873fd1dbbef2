package dev.rvi.gateway.arm;

import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.json.JsonObject;

/**
 * The fields Azure's purchase bodies share (a reservation's and a savings plan's, under {@code properties}), each read
 * once here: what does not fit is a 400 naming the field.
 */
final class ArmPurchaseFields {
  private static final String SOURCE = "gateway";

  private ArmPurchaseFields() {}

  /** A subscription's id from {@code /subscriptions/{id}} (or the id alone); null stays null. */
  static String subscription(String value, String field) {
    if (value == null) {
      return null;
    }
    String id = value.trim().replaceFirst("(?i)^/subscriptions/", "").replaceFirst("/$", "");
    if (!PathIds.ID.matcher(id).matches()) {
      throw Errors.badRequest(SOURCE, field + " must be /subscriptions/{subscriptionId}");
    }
    return id;
  }

  static Term term(JsonObject properties) {
    String term = Bodies.string(properties, "term");
    return Term.parse(term == null ? "" : term).orElseThrow(() -> Errors.badRequest(SOURCE, "properties.term must be P1Y or P3Y"));
  }

  /** The name to give what is bought, trimmed; null when none is asked. */
  static String displayName(JsonObject properties) {
    String name = Bodies.string(properties, "displayName");
    if (name != null && (name.isBlank() || name.length() > 64)) {
      throw Errors.badRequest(SOURCE, "properties.displayName is 1 to 64 characters");
    }
    return name == null ? null : name.trim();
  }

  /** Whether it renews at expiry; null when not asked. */
  static Boolean renew(JsonObject properties) {
    Object renew = Bodies.field(properties, "renew");
    if (renew != null && !(renew instanceof Boolean)) {
      throw Errors.badRequest(SOURCE, "properties.renew must be true or false");
    }
    return (Boolean) renew;
  }
}
