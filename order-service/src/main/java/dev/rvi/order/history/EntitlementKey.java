package dev.rvi.order.history;

/** One entitlement of a page: its kind ({@code reservedinstance} or {@code savingsplan}), the reservation's or plan's id, the page's total. */
record EntitlementKey(String kind, String id, long total) {}
