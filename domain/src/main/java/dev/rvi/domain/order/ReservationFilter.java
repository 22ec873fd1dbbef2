package dev.rvi.domain.order;

import java.time.Instant;

/**
 * A page of a partner's reservations across its customers: optionally one customer's, one reseller's, those in one
 * state as the overview shows it (Succeeded, Expiring, Expired, Cancelled, ...), those expiring in [expiresAfter,
 * expiresBefore).
 */
public record ReservationFilter(String customerId, String resellerId, String state, Instant expiresAfter, Instant expiresBefore,
                                Integer size, Integer offset, String pageUri) {}
