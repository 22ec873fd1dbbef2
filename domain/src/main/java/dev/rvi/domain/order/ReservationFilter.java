package dev.rvi.domain.order;

import java.time.Instant;

/**
 * A page of a partner's reservations across its customers: optionally one customer's, one reseller's, those in one
 * state as the overview shows it (Succeeded, Expiring, Expired, Cancelled, ...), those expiring in [expiresAfter,
 * expiresBefore), those containing a text ({@code q}); in an order ({@code sort}, null for expiry first).
 */
public record ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                                Integer size, Integer offset, String pageUri, String sort, String q) {

  public ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                           Integer size, Integer offset, String pageUri) {
    this(customerId, resellerId, state, expiresAfter, expiresBefore, size, offset, pageUri, null, null);
  }
}
