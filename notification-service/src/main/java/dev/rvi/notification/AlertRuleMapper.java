package dev.rvi.notification;

import io.vertx.sqlclient.Row;
import java.util.List;

/** Rows of {@code notification.alert_rule} ({@link NotificationSql#RULE_COLUMNS}) as {@link AlertRule}s. */
final class AlertRuleMapper {
  private AlertRuleMapper() {}

  static AlertRule of(Row row) {
    return new AlertRule(row.getString("id"), row.getString("partner_id"), row.getString("type"), row.getBigDecimal("threshold_percent"),
        row.getInteger("window_days"), row.getString("frequency"), List.of(row.getArrayOfStrings("customer_ids")),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("next_evaluation_at"), row.getOffsetDateTime("last_evaluated_at"));
  }
}
