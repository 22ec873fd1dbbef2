package dev.rvi.notification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** An {@link AlertRule} as its partner sees it (not yet looked at: {@code lastEvaluatedAt} null). */
final class AlertRuleView {
  private AlertRuleView() {}

  static JsonObject of(AlertRule r) {
    return new JsonObject().put("id", r.id()).put("type", r.type())
        .put("thresholdPercent", r.thresholdPercent()).put("window", r.window())
        .put("frequency", r.frequency()).put("customerIds", new JsonArray(r.customerIds()))
        .put("createdAt", r.createdAt().toInstant().toString())
        .put("nextEvaluationAt", r.nextEvaluationAt().toInstant().toString())
        .put("lastEvaluatedAt", r.lastEvaluatedAt() == null ? null : r.lastEvaluatedAt().toInstant().toString());
  }
}
