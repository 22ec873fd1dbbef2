package dev.rvi.order;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.service.ServiceSettings;
import io.vertx.core.Deployable;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/** The order service as the launcher sees it: schema {@code orders}. */
public final class OrderService implements ServiceModule {
  @Override
  public String schema() {
    return "orders";
  }

  @Override
  public String address() {
    return Address.ORDER;
  }

  @Override
  public Set<String> asks() {
    return Set.of(Address.CATALOG, Address.USAGE);
  }

  @Override
  public Set<String> tells() {
    return Set.of(Address.BILLING, Address.USAGE, Address.NOTIFICATION, Address.DIRECTORY);
  }

  @Override
  public Supplier<Deployable> verticles(Pool pool, Clock clock, ServiceSettings config) {
    OrderConfig orderConfig = OrderConfig.of(config);
    return () -> new OrderVerticle(pool, clock, orderConfig);
  }
}
