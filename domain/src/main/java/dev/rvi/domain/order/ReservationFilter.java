package dev.rvi.domain.order;

import java.time.Instant;
import java.util.Set;

/**
 * A page of a partner's reservations across its customers: optionally one customer's, one reseller's, those in one
 * state as the overview shows it (Succeeded, Expiring, Expired, Cancelled, ...), those expiring in [expiresAfter,
 * expiresBefore), those containing a text ({@code q}), archived or not ({@code archived}, null for both); in an order
 * ({@code sort}, null for expiry first).
 */
public record ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                                Integer size, Integer offset, String pageUri, String sort, String q, Boolean archived) {

  /** The states a reservation shows in its overview, which {@code state} names one of. */
  public static final Set<String> STATES = Set.of("Succeeded", "Expiring", "Expired", "Cancelled", "Exchanged", "Split", "Merged",
      "TradedIn");

  public ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                           Integer size, Integer offset, String pageUri, String sort, String q) {
    this(customerId, resellerId, state, expiresAfter, expiresBefore, size, offset, pageUri, sort, q, null);
  }

  public ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                           Integer size, Integer offset, String pageUri) {
    this(customerId, resellerId, state, expiresAfter, expiresBefore, size, offset, pageUri, null, null);
  }
}
