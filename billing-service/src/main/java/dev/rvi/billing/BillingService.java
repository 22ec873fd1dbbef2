package dev.rvi.billing;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The billing service as the launcher sees it: schema {@code billing}. */
public final class BillingService implements ServiceModule {
  @Override
  public String schema() {
    return "billing";
  }

  @Override
  public String address() {
    return Address.BILLING;
  }

  @Override
  public Set<String> asks() {
    return Set.of(Address.DIRECTORY);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    return () -> new BillingVerticle(pool, clock, config.taxPercent(), config.busTimeoutMs());
  }
}
