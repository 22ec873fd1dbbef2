package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.AlertRuleCreate;
import dev.rvi.domain.notification.AlertRuleRef;
import dev.rvi.domain.notification.DeliveryRef;
import dev.rvi.domain.notification.EventQuery;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.notification.WebhookCreate;
import dev.rvi.domain.notification.WebhookRef;
import dev.rvi.domain.notification.WebhookUpdate;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The event feed for pollers (the caller's events, oldest first, by type, customer and time), webhook endpoints and alert rules. */
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

  /** {@code {"url"?, "events"?, "customerIds"?, "description"?, "disabled"?}}: what is given changes; {@code disabled: false} turns it back on. */
  public Future<String> updateWebhook(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    Object disabled = body.getValue("disabled");
    if (disabled != null && !(disabled instanceof Boolean)) {
      throw Errors.badRequest("gateway", "disabled must be true or false");
    }
    return service.ask(ctx, caller, NotificationContract.UPDATE_WEBHOOK, new WebhookUpdate(id(ctx, "webhookId"), Bodies.string(body, "url"),
        body.containsKey("events") ? strings(body, "events") : null, body.containsKey("customerIds") ? strings(body, "customerIds") : null,
        Bodies.string(body, "description"), (Boolean) disabled));
  }

  public Future<String> rotateSecret(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.ROTATE_WEBHOOK_SECRET, new WebhookRef(id(ctx, "webhookId")));
  }

  public Future<String> retryDelivery(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.RETRY_DELIVERY, new DeliveryRef(id(ctx, "webhookId"), id(ctx, "deliveryId")));
  }

  /** {@code {"type": "utilization.low", "thresholdPercent", "window": "P7D"|"P30D", "frequency", "customerIds"?}}. */
  public Future<String> createAlertRule(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    Object threshold = body.getValue("thresholdPercent");
    if (threshold != null && !(threshold instanceof Number)) {
      throw Errors.badRequest("gateway", "thresholdPercent must be a number, e.g. 80");
    }
    return service.ask(ctx, caller, NotificationContract.CREATE_ALERT_RULE, new AlertRuleCreate(Bodies.string(body, "type"),
        threshold == null ? null : new BigDecimal(threshold.toString()), Bodies.string(body, "window"), Bodies.string(body, "frequency"),
        strings(body, "customerIds")));
  }

  public Future<String> listAlertRules(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.LIST_ALERT_RULES, NoBody.INSTANCE);
  }

  public Future<String> getAlertRule(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.GET_ALERT_RULE, new AlertRuleRef(id(ctx, "alertRuleId")));
  }

  public Future<String> deleteAlertRule(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, NotificationContract.DELETE_ALERT_RULE, new AlertRuleRef(id(ctx, "alertRuleId")));
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
