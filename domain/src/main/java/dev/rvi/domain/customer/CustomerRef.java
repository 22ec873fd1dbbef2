package dev.rvi.domain.customer;

/** One customer of the caller's partner. */
public record CustomerRef(String customerId) {}
