package dev.rvi.domain.notification;

/** One delivery of one of the caller's webhook endpoints. */
public record DeliveryRef(String webhookId, String deliveryId) {}
