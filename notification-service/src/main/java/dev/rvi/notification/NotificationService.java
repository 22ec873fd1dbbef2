package dev.rvi.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import io.vertx.core.Deployable;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The notification service as the launcher sees it: schema {@code notification}. */
public final class NotificationService implements ServiceModule {
  @Override
  public String schema() {
    return "notification";
  }

  @Override
  public String address() {
    return Address.NOTIFICATION;
  }

  @Override
  public Set<String> asks() {
    return Set.of(Address.DIRECTORY, Address.ORDER);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, JsonObject config) {
    boolean allowInsecure = Boolean.parseBoolean(String.valueOf(config.getValue("webhooksAllowInsecure", "false")));
    long alertIntervalMs = Long.parseLong(String.valueOf(config.getValue("alertIntervalMs", 60_000)));
    // A partner's alert rules ask for the utilization of all its reservations in one question, which takes a while.
    long busTimeoutMs = Long.parseLong(String.valueOf(config.getValue("alertTimeoutMs", 120_000)));
    int webhookTimeoutMs = Integer.parseInt(String.valueOf(config.getValue("webhookTimeoutMs", WebhookDeliveries.TIMEOUT_MS)));
    return () -> new NotificationVerticle(pool, clock, allowInsecure, webhookTimeoutMs, alertIntervalMs, busTimeoutMs);
  }
}
