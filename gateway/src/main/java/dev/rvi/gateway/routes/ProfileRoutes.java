package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.directory.DirectoryContract;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** The caller's partner's own profile, as Partner Center's {@code GET /v1/profiles/organization} answers it. */
public final class ProfileRoutes {
  private final ServiceCall service;

  public ProfileRoutes(BusClient bus) {
    service = new ServiceCall(bus);
  }

  public Future<String> organization(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.ORGANIZATION_PROFILE, NoBody.INSTANCE);
  }
}
