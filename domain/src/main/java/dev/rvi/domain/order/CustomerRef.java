package dev.rvi.domain.order;

/** One customer of the caller's partner. */
public record CustomerRef(String customerId) {}
