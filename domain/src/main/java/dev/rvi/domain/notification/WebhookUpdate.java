package dev.rvi.domain.notification;

import java.util.List;

/**
 * Changes to one of the caller's webhook endpoints; a null field stays as it is. {@code disabled} false turns an
 * endpoint that was disabled (by hand or after failing for days) back on.
 */
public record WebhookUpdate(String webhookId, String url, List<String> events, List<String> customerIds, String description,
                            Boolean disabled) {}
