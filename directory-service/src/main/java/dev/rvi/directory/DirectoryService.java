package dev.rvi.directory;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The customer directory as the launcher sees it: schema {@code directory}. */
public final class DirectoryService implements ServiceModule {
  @Override
  public String schema() {
    return "directory";
  }

  @Override
  public String address() {
    return Address.DIRECTORY;
  }

  @Override
  public Set<String> tells() {
    return Set.of(Address.ORDER);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    return () -> new DirectoryVerticle(pool, clock);
  }
}
