package dev.rvi.notification;

import io.vertx.sqlclient.Row;

/** Rows of {@code notification.delivery}: in an endpoint's log ({@link WebhookDelivery}) and as claimed ({@link ClaimedDelivery}). */
final class WebhookDeliveryMapper {
  private WebhookDeliveryMapper() {}

  /** A row of {@link NotificationSql#DELIVERIES}: the delivery with its event's type. */
  static WebhookDelivery of(Row row) {
    return new WebhookDelivery(row.getLong("id"), row.getString("event_id"), row.getString("type"), row.getString("status"),
        row.getInteger("attempts"), row.getInteger("response_code"), row.getInteger("latency_ms"), row.getString("error"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("delivered_at"), row.getOffsetDateTime("next_attempt_at"));
  }

  /** A row of {@link NotificationSql#CLAIM_DUE}: the delivery with its endpoint's url and secrets, and its event's columns. */
  static ClaimedDelivery claimed(Row row) {
    return new ClaimedDelivery(row.getLong("delivery_id"), row.getString("endpoint_id"), row.getInteger("attempts"), row.getString("url"),
        WebhookEndpointMapper.secrets(row), PartnerEventMapper.of(row));
  }
}
