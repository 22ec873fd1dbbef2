package dev.rvi.notification;

import java.time.OffsetDateTime;

/** One event's delivery to one endpoint, as its log shows it: the event's type, how its attempts went, when it is next tried. */
record WebhookDelivery(long id, String eventId, String type, String status, int attempts, Integer responseCode, Integer latencyMs,
                       String error, OffsetDateTime createdAt, OffsetDateTime deliveredAt, OffsetDateTime nextAttemptAt) {}
