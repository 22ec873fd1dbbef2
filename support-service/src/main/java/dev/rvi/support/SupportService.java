package dev.rvi.support;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The support service as the launcher sees it: schema {@code support}. */
public final class SupportService implements ServiceModule {
  @Override
  public String schema() {
    return "support";
  }

  @Override
  public String address() {
    return Address.SUPPORT;
  }

  @Override
  public Set<String> asks() {
    return Set.of(Address.DIRECTORY, Address.ORDER);
  }

  @Override
  public Set<String> tells() {
    return Set.of(Address.NOTIFICATION);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    return () -> new SupportVerticle(pool, clock, config.busTimeoutMs());
  }
}
