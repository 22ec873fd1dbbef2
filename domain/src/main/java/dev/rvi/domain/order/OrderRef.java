package dev.rvi.domain.order;

/** One order of a customer. */
public record OrderRef(String customerId, String orderId) {}
