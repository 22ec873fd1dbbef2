package dev.rvi.domain.notification;

import java.time.Instant;

/**
 * Something a partner may want to learn without polling, as the service that made the change wrote it in that
 * change's transaction: its id (fixed there, so a replay never changes it), its type ({@code order.completed},
 * {@code refund.completed}, ...), the partner, the reseller of record if any (who sees it too), the customer, when,
 * and its data as JSON text.
 */
public record PartnerEvent(String id, String type, String partnerId, String resellerPartnerId, String customerId, Instant createdAt,
                           String data) {}
