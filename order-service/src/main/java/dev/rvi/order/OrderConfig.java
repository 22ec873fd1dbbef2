package dev.rvi.order;

import io.vertx.core.json.JsonObject;
import java.time.Duration;

/** The order service's numbers that are policy, not code. */
public record OrderConfig(int maximumQuantity, Duration cartLifetime, long catalogTimeoutMs) {

  public static OrderConfig from(JsonObject config) {
    return new OrderConfig(config.getInteger("maximumQuantity", 1000),
        Duration.ofDays(config.getInteger("cartLifetimeDays", 7)),
        config.getLong("catalogTimeoutMs", 5000L));
  }
}
