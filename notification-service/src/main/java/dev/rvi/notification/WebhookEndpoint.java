package dev.rvi.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A partner's webhook endpoint, without its secrets: the event types (empty: all) and customers (empty: all) it wants,
 * when it was turned off and why, until when the secret a rotation replaced still signs, and since when every delivery
 * to it has failed.
 */
record WebhookEndpoint(String id, String partnerId, String url, List<String> events, List<String> customerIds, String description,
                       OffsetDateTime createdAt, OffsetDateTime disabledAt, String disabledReason, OffsetDateTime previousSecretUntil,
                       OffsetDateTime failingSince) {

  boolean disabled() {
    return disabledAt != null;
  }
}
