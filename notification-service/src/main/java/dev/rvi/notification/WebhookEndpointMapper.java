package dev.rvi.notification;

import io.vertx.sqlclient.Row;
import java.util.List;

/** Rows of {@code notification.endpoint} as {@link WebhookEndpoint}s, and its secrets where a delivery's claim joins them. */
final class WebhookEndpointMapper {
  private WebhookEndpointMapper() {}

  /** A row of {@link NotificationSql#ENDPOINT_COLUMNS}. */
  static WebhookEndpoint of(Row row) {
    return new WebhookEndpoint(row.getString("id"), row.getString("partner_id"), row.getString("url"),
        List.of(row.getArrayOfStrings("events")), List.of(row.getArrayOfStrings("customer_ids")), row.getString("description"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("disabled_at"), row.getString("disabled_reason"),
        row.getOffsetDateTime("previous_secret_until"), row.getOffsetDateTime("failing_since"));
  }

  static SigningSecrets secrets(Row row) {
    return new SigningSecrets(row.getString("secret"), row.getString("previous_secret"), row.getOffsetDateTime("previous_secret_until"));
  }
}
