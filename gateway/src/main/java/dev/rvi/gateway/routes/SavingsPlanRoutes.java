package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.savingsplan.SavingsPlanHoursQuery;
import dev.rvi.domain.savingsplan.SavingsPlanRef;
import dev.rvi.domain.savingsplan.SavingsPlanRefusal;
import dev.rvi.domain.savingsplan.SavingsPlanUpdate;
import dev.rvi.domain.savingsplan.SavingsPlanUtilizationQuery;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.gateway.http.ArmIds;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Savings plans for compute: read, renamed, rescoped, auto-renew; cancel, refund and exchange refused; trade-in of reservations. */
public final class SavingsPlanRoutes {
  private static final String SOURCE = "gateway";

  private final ServiceCall service;

  public SavingsPlanRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
  }

  private static SavingsPlanRef plan(RoutingContext ctx) {
    return new SavingsPlanRef(id(ctx, "customerId"), id(ctx, "savingsPlanId"));
  }

  public Future<String> list(RoutingContext ctx, Caller caller) {
    Query query = new Query(ctx);
    return service.ask(ctx, caller, OrderContract.LIST_SAVINGS_PLANS,
        new ListQuery(id(ctx, "customerId"), query.size(100, 1000), query.offset(), query.pageUri(), null));
  }

  public Future<String> get(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_SAVINGS_PLAN, plan(ctx));
  }

  /**
   * The plan's utilization: daily ({@code from} and {@code to} dates; the last 30 days by default) or {@code grain=hourly}
   * ({@code from} and {@code to} whole hours or dates, to exclusive; the last 24 whole hours by default, at most 7 days).
   */
  public Future<String> utilization(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    if (ReservationRoutes.hourly(q)) {
      return service.ask(ctx, caller, OrderContract.SAVINGS_PLAN_HOURS, new SavingsPlanHoursQuery(id(ctx, "customerId"),
          id(ctx, "savingsPlanId"), ReservationRoutes.hour(q, "from"), ReservationRoutes.hour(q, "to")));
    }
    return service.ask(ctx, caller, OrderContract.SAVINGS_PLAN_UTILIZATION, new SavingsPlanUtilizationQuery(id(ctx, "customerId"),
        id(ctx, "savingsPlanId"), ReservationRoutes.date(q, "from"), ReservationRoutes.date(q, "to")));
  }

  /** Azure's PATCH, with or without its {@code properties} wrapper. */
  public Future<String> update(RoutingContext ctx, Caller caller) {
    JsonObject props = ReservationRoutes.unwrapped(Bodies.object(ctx));
    String scope = scope(Bodies.string(props, "appliedScopeType"));
    JsonObject scopeProperties = Bodies.object(props, "appliedScopeProperties");
    String subscription = null;
    if (scopeProperties != null && Bodies.string(scopeProperties, "subscriptionId") != null) {
      subscription = Bodies.string(scopeProperties, "subscriptionId").replaceFirst("^/subscriptions/", "");
      if (!PathIds.ID.matcher(subscription).matches()) {
        throw Errors.badRequest(SOURCE, "appliedScopeProperties.subscriptionId must name a subscription");
      }
    }
    Object renew = Bodies.field(props, "renew");
    if (renew != null && !(renew instanceof Boolean)) {
      throw Errors.badRequest(SOURCE, "renew must be true or false");
    }
    return service.ask(ctx, caller, OrderContract.UPDATE_SAVINGS_PLAN, new SavingsPlanUpdate(id(ctx, "customerId"), id(ctx, "savingsPlanId"),
        Bodies.string(props, "displayName"), scope, subscription, (Boolean) renew));
  }

  /** Cancel, return (refund) and exchange of a savings plan: the order service refuses them with Microsoft's rule. */
  public Future<String> refuse(RoutingContext ctx, Caller caller) {
    String path = ctx.request().path();
    String asked = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return service.ask(ctx, caller, OrderContract.REFUSE_SAVINGS_PLAN_CHANGE,
        new SavingsPlanRefusal(id(ctx, "customerId"), id(ctx, "savingsPlanId"), asked));
  }

  /**
   * A trade-in's quote: {@code reservationsToReturn} ({@code reservationId} or its ARM id, {@code quantity}) and the new
   * {@code savingsPlan} ({@code term}, {@code billingPlan}, {@code appliedScopeType}, {@code subscriptionId}, optionally
   * {@code commitment {amount}} or {@code hourlyCommitment}, {@code displayName}).
   */
  public Future<String> calculate(RoutingContext ctx, Caller caller) {
    JsonObject body = ReservationRoutes.unwrapped(Bodies.object(ctx));
    JsonArray toReturn = Bodies.array(body, "reservationsToReturn");
    if (toReturn == null || toReturn.isEmpty()) {
      throw Errors.badRequest(SOURCE, "reservationsToReturn is required: the reservations to trade in");
    }
    if (toReturn.size() > 100) {
      throw Errors.badRequest(SOURCE, "a trade-in takes at most 100 reservations");
    }
    List<TradeInRequest.Return> returns = new ArrayList<>();
    for (Object o : toReturn) {
      if (!(o instanceof JsonObject r)) {
        throw Errors.badRequest(SOURCE, "each of reservationsToReturn is {reservationId, quantity}");
      }
      returns.add(new TradeInRequest.Return(Bodies.string(r, "reservationOrderId"),
          ArmIds.reservation(Bodies.string(r, "reservationId"), null, "reservationsToReturn[].reservationId"), whole(r, "quantity")));
    }
    JsonObject plan = Bodies.object(body, "savingsPlan");
    if (plan == null) {
      throw Errors.badRequest(SOURCE, "savingsPlan {term, billingPlan, appliedScopeType, subscriptionId} is required");
    }
    JsonObject commitment = Bodies.object(plan, "commitment");
    BigDecimal hourly = amount(commitment != null ? commitment : plan, commitment != null ? "amount" : "hourlyCommitment");
    String scope = Bodies.string(plan, "appliedScopeType");
    return service.ask(ctx, caller, OrderContract.CALCULATE_TRADE_IN, new TradeInRequest(id(ctx, "customerId"), returns,
        Bodies.string(plan, "term"), Bodies.string(plan, "billingPlan"), hourly,
        scope(scope),
        Bodies.string(plan, "subscriptionId"), Bodies.string(plan, "displayName"), null, null));
  }

  public Future<String> tradeIn(RoutingContext ctx, Caller caller) {
    String session = Bodies.string(ReservationRoutes.unwrapped(Bodies.object(ctx)), "sessionId");
    if (session == null || !PathIds.ID.matcher(session).matches()) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateTradeIn");
    }
    return service.ask(ctx, caller, OrderContract.TRADE_IN, new TradeInRequest(id(ctx, "customerId"), null, null, null, null, null, null,
        null, session, null));
  }

  /** Azure's {@code Single} or {@code Shared}, in any case; null stays null. */
  private static String scope(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "single" -> "Single";
      case "shared" -> "Shared";
      default -> throw Errors.badRequest(SOURCE, "appliedScopeType must be Single or Shared");
    };
  }

  /** An amount written as a JSON number or a decimal string, exactly as written. */
  static BigDecimal amount(JsonObject json, String name) {
    Object value = Bodies.field(json, name);
    if (value == null) {
      return null;
    }
    try {
      return value instanceof Number || value instanceof String ? new BigDecimal(value.toString().trim()) : fail(name);
    } catch (NumberFormatException e) {
      return fail(name);
    }
  }

  private static BigDecimal fail(String name) {
    throw Errors.badRequest(SOURCE, name + " must be a decimal amount");
  }

  private static Integer whole(JsonObject json, String name) {
    Object value = Bodies.field(json, name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && n.intValue() == n.doubleValue()) {
      return n.intValue();
    }
    throw Errors.badRequest(SOURCE, name + " must be a whole number");
  }
}
