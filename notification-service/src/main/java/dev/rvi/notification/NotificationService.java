package dev.rvi.notification;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
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
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    // A partner's alert rules ask for the utilization of all its reservations in one question, which takes a while.
    return () -> new NotificationVerticle(pool, clock, config.webhooksAllowInsecure(), config.webhookTimeoutMs(), config.alertIntervalMs(),
        config.alertTimeoutMs());
  }
}
