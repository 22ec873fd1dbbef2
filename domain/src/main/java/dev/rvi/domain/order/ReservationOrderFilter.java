package dev.rvi.domain.order;

/** A page of a partner's reservation orders across its customers, oldest first, each with all its reservations. */
public record ReservationOrderFilter(Integer size, Integer offset) {}
