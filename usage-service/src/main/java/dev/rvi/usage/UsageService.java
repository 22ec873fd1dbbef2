package dev.rvi.usage;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The usage service as the launcher sees it: schema {@code usage}. */
public final class UsageService implements ServiceModule {
  /** Records in one upload through the API, at most. */

  @Override
  public String schema() {
    return "usage";
  }

  @Override
  public String address() {
    return Address.USAGE;
  }

  @Override
  public Set<String> asks() {
    return Set.of(Address.CATALOG, Address.DIRECTORY);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    return () -> new UsageVerticle(pool, clock, config.busTimeoutMs(), config.maxUsageRecords());
  }
}
