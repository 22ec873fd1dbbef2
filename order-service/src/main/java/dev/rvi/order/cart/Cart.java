package dev.rvi.order.cart;

import java.time.Instant;

/** A cart: whose it is, whether it was checked out, the reseller it names for all its lines, and its dates. */
public record Cart(String id, String customerId, String status, String resellerMpnId, String createdBy, Instant createdAt,
                   Instant updatedAt, Instant expiresAt) {

  public boolean submitted() {
    return "submitted".equals(status);
  }

  public boolean expiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
