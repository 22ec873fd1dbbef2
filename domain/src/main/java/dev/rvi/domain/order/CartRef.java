package dev.rvi.domain.order;

/** One cart of a customer. */
public record CartRef(String customerId, String cartId) {}
