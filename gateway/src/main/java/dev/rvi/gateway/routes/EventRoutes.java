package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The event feed for pollers: the caller's events, oldest first, by type, customer and time. */
public final class EventRoutes {
  private final ServiceCall service;

  public EventRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
  }

  public Future<String> list(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    Instant after = null;
    if (q.string("after") != null) {
      try {
        after = Instant.parse(q.string("after"));
      } catch (DateTimeParseException e) {
        throw Errors.badRequest("gateway", "after must be a moment such as 2027-01-31T00:00:00Z");
      }
    }
    return service.ask(ctx, caller, NotificationContract.LIST_EVENTS, new EventQuery(q.string("type"), q.string("customerId"), after,
        q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(), q.pageUri()));
  }
}
