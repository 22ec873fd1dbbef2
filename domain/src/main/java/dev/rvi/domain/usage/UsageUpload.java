package dev.rvi.domain.usage;

/** Hourly VM usage of one subscription: {@code {"items": [...]}} as received, parsed by the order service as a stream. */
public record UsageUpload(String customerId, String subscriptionId, String content) {}
