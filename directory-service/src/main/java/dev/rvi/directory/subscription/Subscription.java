package dev.rvi.directory.subscription;

import java.time.OffsetDateTime;

/** A customer's Azure subscription: its status, where it came from, and its registration for reserved-instance purchase. */
public record Subscription(String id, String customerId, String partnerId, String friendlyName, String status, String origin,
                           String registration, OffsetDateTime createdAt) {
  public boolean active() {
    return "active".equals(status);
  }

  public boolean deleted() {
    return "deleted".equals(status);
  }
}
