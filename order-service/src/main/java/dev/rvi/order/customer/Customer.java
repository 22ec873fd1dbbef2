package dev.rvi.order.customer;

/**
 * A customer as the order service's copy of the directory holds it, with what purchases need: its partner, the
 * indirect reseller serving it (null for none), and its country (which decides the market's prices).
 */
public record Customer(String id, String partnerId, String associatedPartnerId, String country) {}
