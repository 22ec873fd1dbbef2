package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** A route's question to a service through a declared action: the caller, and the HTTP request's id for the logs. */
final class ServiceCall {
  private final BusClient bus;
  private final long timeoutMs;

  ServiceCall(BusClient bus) {
    this(bus, bus.timeoutMs());
  }

  ServiceCall(BusClient bus, long timeoutMs) {
    this.bus = bus;
    this.timeoutMs = timeoutMs;
  }

  /** The document the service answers, as the text the response carries. */
  <Q> Future<String> ask(RoutingContext ctx, Caller caller, BusAction<Q, Document> action, Q body) {
    return ask(ctx, caller, action, body, Map.of());
  }

  /** The typed reply of an action that answers a record, not a document. */
  <Q, R> Future<R> call(RoutingContext ctx, Caller caller, BusAction<Q, R> action, Q body) {
    return bus.ask(action, body, caller, ctx.get(RequestIds.KEY), timeoutMs, Map.of());
  }

  <Q> Future<String> ask(RoutingContext ctx, Caller caller, BusAction<Q, Document> action, Q body, Map<String, String> headers) {
    return bus.ask(action, body, caller, ctx.get(RequestIds.KEY), timeoutMs, headers).map(Document::json);
  }
}
