package dev.rvi.domain.usage;

/**
 * Hourly VM usage of one subscription: {@code {"items": [...]}} as received, parsed by the order
 * service as a stream. On the bus the content is the message body itself and the ids are headers,
 * so megabytes of records are not escaped into a JSON string and back.
 */
public record UsageUpload(String customerId, String subscriptionId, String content) {
  public static final String CUSTOMER_HEADER = "customerId";
  public static final String SUBSCRIPTION_HEADER = "subscriptionId";
}
