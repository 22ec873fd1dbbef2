package dev.rvi.gateway.http;

import dev.rvi.domain.bus.Caller;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** One route's work once the caller is known: returns the JSON text to send. */
@FunctionalInterface
public interface Endpoint {
  Future<String> handle(RoutingContext ctx, Caller caller);
}
