package dev.rvi.order;

import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.reservation.ExchangeEligibility;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The order service's numbers that are policy, not code. */
public record OrderConfig(int maximumQuantity, Duration cartLifetime, long catalogTimeoutMs, RefundPolicyConfig refundPolicy,
                          Duration quoteLifetime, long renewalIntervalMs, ExchangeEligibility exchangeEligibility) {

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
        config.getLong("renewalIntervalMs", 60_000L),
        new ExchangeEligibility(LocalDate.parse(config.getString("exchangeCutoverDate", ExchangeEligibility.DEFAULT.cutover().toString())),
            kinds(config.getString("exchangeCutoverKinds", String.join(",", ExchangeEligibility.DEFAULT.kinds())))));
  }

  private static Set<String> kinds(String commaSeparated) {
    Set<String> kinds = new TreeSet<>();
    for (String kind : commaSeparated.split(",")) {
      if (!kind.isBlank()) {
        kinds.add(kind.trim().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(kinds);
  }
}
