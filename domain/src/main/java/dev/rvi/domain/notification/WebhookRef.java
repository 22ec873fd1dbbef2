package dev.rvi.domain.notification;

/** One of the caller's webhook endpoints. */
public record WebhookRef(String webhookId) {}
