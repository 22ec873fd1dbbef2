package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.gateway.http.RequestIds;
import dev.rvi.gateway.http.Responses;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** {@code GET /health}: each service over the bus, and Postgres as each service sees it. No auth. */
public final class HealthRoutes {
  private static final long TIMEOUT_MS = 3000;
  /** Every service, in the order the answer lists them. */
  private static final Map<String, String> SERVICES = Address.SERVICES;

  private final BusClient bus;

  public HealthRoutes(BusClient bus) {
    this.bus = bus;
  }

  public void handle(RoutingContext ctx) {
    List<String> names = List.copyOf(SERVICES.keySet());
    List<Future<JsonObject>> checks = names.stream().map(name -> bus
        .request(SERVICES.get(name), ServiceVerticle.HEALTH, new JsonObject(), Caller.SYSTEM, ctx.get(RequestIds.KEY), TIMEOUT_MS)
        .map(JsonObject::new)
        .otherwise(e -> new JsonObject().put("status", "DOWN").put("reason", e.getMessage()))).toList();
    Future.join(checks).onComplete(done -> {
      JsonObject services = new JsonObject();
      boolean up = true;
      String postgres = "UP";
      for (int i = 0; i < names.size(); i++) {
        JsonObject check = checks.get(i).result();
        services.put(names.get(i), check);
        up &= "UP".equals(check.getString("status"));
        if ("DOWN".equals(check.getString("postgres"))) {
          postgres = "DOWN";
        }
      }
      JsonObject body = new JsonObject().put("status", up ? "UP" : "DOWN").put("postgres", postgres).put("services", services);
      Responses.json(ctx, up ? 200 : 503, body.encode());
    });
  }
}
