package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** A route's question to one service: its address, the caller, and the HTTP request's id for the logs. */
final class ServiceCall {
  private final BusClient bus;
  private final String address;
  private final long timeoutMs;

  ServiceCall(BusClient bus, String address) {
    this(bus, address, bus.timeoutMs());
  }

  ServiceCall(BusClient bus, String address, long timeoutMs) {
    this.bus = bus;
    this.address = address;
    this.timeoutMs = timeoutMs;
  }

  Future<String> ask(RoutingContext ctx, Caller caller, Enum<?> action, Object body) {
    return bus.request(address, action.name(), body, caller, ctx.get(RequestIds.KEY), timeoutMs);
  }
}
