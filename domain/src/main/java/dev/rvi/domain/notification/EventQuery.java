package dev.rvi.domain.notification;

import java.time.Instant;

/** The caller's events, oldest first: of a type, of a customer, after a moment; a page of them. */
public record EventQuery(String type, String customerId, Instant after, int size, int offset, String pageUri) {}
