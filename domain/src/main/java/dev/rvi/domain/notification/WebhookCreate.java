package dev.rvi.domain.notification;

import java.util.List;

/** A webhook endpoint to register: where to post, which event types (empty: all) and customers (empty: all). */
public record WebhookCreate(String url, List<String> events, List<String> customerIds, String description) {}
