package dev.rvi.order;

import dev.rvi.domain.refund.RefundPolicyConfig;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;

/** The order service's numbers that are policy, not code. */
public record OrderConfig(int maximumQuantity, Duration cartLifetime, long catalogTimeoutMs, RefundPolicyConfig refundPolicy,
                          Duration quoteLifetime, long renewalIntervalMs) {

  public static OrderConfig from(JsonObject config) {
    RefundPolicyConfig defaults = RefundPolicyConfig.DEFAULT;
    RefundPolicyConfig refund = new RefundPolicyConfig(
        new BigDecimal(config.getString("earlyTerminationFeePercent", defaults.feePercent().toPlainString())),
        Duration.ofDays(config.getInteger("refundGraceDays", (int) defaults.gracePeriod().toDays())),
        new BigDecimal(config.getString("refundCapUsd", defaults.capUsd().toPlainString())),
        Duration.ofDays(config.getInteger("refundCapWindowDays", (int) defaults.capWindow().toDays())));
    return new OrderConfig(config.getInteger("maximumQuantity", 1000),
        Duration.ofDays(config.getInteger("cartLifetimeDays", 7)),
        config.getLong("catalogTimeoutMs", 5000L),
        refund,
        Duration.ofMinutes(config.getInteger("quoteLifetimeMinutes", 10)),
        config.getLong("renewalIntervalMs", 60_000L));
  }
}
