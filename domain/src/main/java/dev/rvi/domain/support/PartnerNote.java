package dev.rvi.domain.support;

/** A note a partner adds to one of its customer's support requests. */
public record PartnerNote(String customerId, String id, String text) {}
