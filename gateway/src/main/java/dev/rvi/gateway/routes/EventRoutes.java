package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.WebhookCreate;
import dev.rvi.domain.notification.WebhookRef;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The event feed for pollers (the caller's events, oldest first, by type, customer and time) and webhook endpoints. */
public final class EventRoutes {
  private final ServiceCall service;

  public EventRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
  }

  /** {@code {"url", "events": [...]?, "customerIds": [...]?, "description"?}}: the endpoint, with its secret shown this once. */
  public Future<String> createWebhook(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    return service.ask(ctx, caller, NotificationContract.CREATE_WEBHOOK, new WebhookCreate(Bodies.string(body, "url"), strings(body, "events"),
        strings(body, "customerIds"), Bodies.string(body, "description")));
  }

  private static List<String> strings(JsonObject body, String name) {
    JsonArray values = Bodies.array(body, name);
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (Object v : values) {
        if (!(v instanceof String s)) {
          throw Errors.badRequest("gateway", name + " must be a list of strings");
        }
        out.add(s);
      }
    }
    return out;
  }

  public Future<String> listWebhooks(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.LIST_WEBHOOKS, NoBody.INSTANCE);
  }

  public Future<String> getWebhook(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.GET_WEBHOOK, new WebhookRef(id(ctx, "webhookId")));
  }

  public Future<String> deleteWebhook(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.DELETE_WEBHOOK, new WebhookRef(id(ctx, "webhookId")));
  }

  public Future<String> ping(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.PING_WEBHOOK, new WebhookRef(id(ctx, "webhookId")));
  }

  public Future<String> deliveries(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.LIST_DELIVERIES, new WebhookRef(id(ctx, "webhookId")));
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
