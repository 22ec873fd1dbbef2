package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.gateway.arm.ArmExchangeView;
import dev.rvi.gateway.arm.ArmLinks;
import dev.rvi.gateway.arm.ArmSavingsPlanPurchase;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft.Capacity's {@code calculateExchange} and {@code exchange} on ARM's paths, as Azure's long-running operations:
 * each is done at once and answered 202 with an {@code Azure-AsyncOperation} to read the result from (the quote, or the
 * exchange carried out, by its session). The customer is found from the first reservation to exchange (its ARM id names
 * its order), or from the quote's session, among the caller's partner's; the {@code /v1} exchange routes do the rest.
 */
public final class ArmExchangeRoutes {
  private static final Pattern ORDER = Pattern.compile("(?i)^/providers/microsoft\\.capacity/reservationOrders/([A-Za-z0-9@._\\-]{1,128})/.*");
  private static final Pattern RESERVATION = Pattern.compile(
      "(?i)^/providers/microsoft\\.capacity/reservationOrders/([A-Za-z0-9@._\\-]{1,128})/reservations/([A-Za-z0-9@._\\-]{1,128})/?$");
  private final ServiceCall service;
  private final ArmCustomers customers;
  private final ReservationRoutes reservations;

  public ArmExchangeRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
    this.customers = new ArmCustomers(service);
    this.reservations = new ReservationRoutes(bus);
  }

  private Future<LocatedCustomer> customerOf(RoutingContext ctx, Caller caller, CustomerLookup lookup) {
    return customers.forRoute(ctx, caller, lookup);
  }

  /** The order of the first reservation to exchange, which Azure names by its ARM id. */
  private static String firstOrder(JsonObject body) {
    JsonArray returns = Bodies.array(ReservationRoutes.unwrapped(body), "reservationsToExchange");
    Object first = returns == null || returns.isEmpty() ? null : returns.getValue(0);
    String id = first instanceof JsonObject r ? Bodies.string(r, "reservationId") : null;
    Matcher m = id == null ? null : ORDER.matcher(id.trim());
    if (m == null || !m.matches()) {
      throw Errors.badRequest("gateway", "reservationsToExchange[0].reservationId must be the reservation's ARM id, "
          + "/providers/Microsoft.Capacity/reservationOrders/{reservationOrderId}/reservations/{reservationId}");
    }
    return m.group(1);
  }

  private static String session(RoutingContext ctx) {
    String session = Bodies.string(ReservationRoutes.unwrapped(Bodies.object(ctx)), "sessionId");
    if (session == null || !PathIds.ID.matcher(session).matches()) {
      throw Errors.badRequest("gateway", "properties.sessionId is required: quote first with calculateExchange");
    }
    return session;
  }

  /**
   * {@code calculateExchange}: an exchange quote, or (with {@code savingsPlansToPurchase} instead of reservations to buy) a
   * trade-in's, as Azure quotes both.
   */
  public Future<String> calculate(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    String order = firstOrder(body);
    JsonArray plans = Bodies.array(ReservationRoutes.unwrapped(body), "savingsPlansToPurchase");
    if (plans != null && !plans.isEmpty()) {
      return customerOf(ctx, caller, CustomerLookup.ofReservationOrder(order))
          .compose(customer -> service.ask(ctx, caller, OrderContract.CALCULATE_TRADE_IN, tradeIn(customer.customerId(), body, plans)))
          .map(plan -> accepted(ctx, ArmExchangeView.tradeInQuote(new JsonObject(plan))));
    }
    return customerOf(ctx, caller, CustomerLookup.ofReservationOrder(order)).compose(c -> reservations.calculateExchange(ctx, caller))
        .map(plan -> accepted(ctx, ArmExchangeView.quote(new JsonObject(plan))));
  }

  /** Azure's trade-in: the reservations to exchange (ARM ids) and one savings plan to buy with their credit. */
  private static TradeInRequest tradeIn(String customerId, JsonObject body, JsonArray plans) {
    JsonObject props = ReservationRoutes.unwrapped(body);
    if (plans.size() > 1 || Bodies.array(props, "reservationsToPurchase") != null && !Bodies.array(props, "reservationsToPurchase").isEmpty()) {
      throw Errors.badRequest("gateway", "a trade-in buys one savings plan and no reservations: savingsPlansToPurchase holds one");
    }
    List<TradeInRequest.Return> returns = new ArrayList<>();
    for (Object o : Bodies.array(props, "reservationsToExchange")) {
      String id = o instanceof JsonObject r ? Bodies.string(r, "reservationId") : null;
      Matcher m = id == null ? null : RESERVATION.matcher(id.trim());
      if (m == null || !m.matches()) {
        throw Errors.badRequest("gateway", "each of reservationsToExchange names its reservation by ARM id");
      }
      Object quantity = Bodies.field((JsonObject) o, "quantity");
      if (quantity != null && !(quantity instanceof Number n && n.intValue() == n.doubleValue())) {
        throw Errors.badRequest("gateway", "reservationsToExchange[].quantity must be a whole number");
      }
      returns.add(new TradeInRequest.Return(m.group(1), m.group(2), quantity == null ? null : ((Number) quantity).intValue()));
    }
    if (!(plans.getValue(0) instanceof JsonObject plan)) {
      throw Errors.badRequest("gateway", "savingsPlansToPurchase[0] is a savings plan purchase");
    }
    ArmSavingsPlanPurchase purchase = ArmSavingsPlanPurchase.of(plan);
    return new TradeInRequest(customerId, returns, purchase.term().name(), purchase.billingPlan(), purchase.hourly(), purchase.scope(),
        purchase.appliedSubscriptionId() != null ? purchase.appliedSubscriptionId() : purchase.subscriptionId(), purchase.displayName(), null,
        null);
  }

  /** {@code exchange}: carries out the session's exchange, or its trade-in. */
  public Future<String> exchange(RoutingContext ctx, Caller caller) {
    String session = session(ctx);
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session)).compose(customer ->
        LocatedCustomer.TRADE_IN.equals(customer.sessionKind())
            ? service.ask(ctx, caller, OrderContract.TRADE_IN, new TradeInRequest(customer.customerId(), null, null, null, null, null, null,
                null, session, null)).map(done -> accepted(ctx, ArmExchangeView.tradeInResult(new JsonObject(done))))
            : reservations.exchange(ctx, caller).map(done -> accepted(ctx, ArmExchangeView.result(new JsonObject(done)))));
  }

  /** The quote's operation result, read again by its session. */
  public Future<String> quote(RoutingContext ctx, Caller caller) {
    String session = PathIds.id(ctx, "sessionId");
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session)).compose(customer ->
        LocatedCustomer.TRADE_IN.equals(customer.sessionKind())
            ? service.ask(ctx, caller, OrderContract.GET_TRADE_IN_QUOTE, new TradeInRequest(customer.customerId(), null, null, null, null, null,
                null, null, session, null)).map(plan -> ArmExchangeView.tradeInQuote(new JsonObject(plan)).encode())
            : service.ask(ctx, caller, OrderContract.GET_EXCHANGE_QUOTE, new ExchangeRequest(customer.customerId(), null, null, session, null))
                .map(plan -> ArmExchangeView.quote(new JsonObject(plan)).encode()));
  }

  /** The exchange's operation result, read again by its session: only once carried out (reading never carries it out). */
  public Future<String> result(RoutingContext ctx, Caller caller) {
    String session = PathIds.id(ctx, "sessionId");
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session)).compose(customer ->
        LocatedCustomer.TRADE_IN.equals(customer.sessionKind())
            ? service.ask(ctx, caller, OrderContract.GET_TRADE_IN_RESULT, new TradeInRequest(customer.customerId(), null, null, null, null, null,
                null, null, session, null)).map(done -> ArmExchangeView.tradeInResult(new JsonObject(done)).encode())
            : service.ask(ctx, caller, OrderContract.GET_EXCHANGE_RESULT, new ExchangeRequest(customer.customerId(), null, null, session, null))
                .map(done -> ArmExchangeView.result(new JsonObject(done)).encode()));
  }

  private static String accepted(RoutingContext ctx, JsonObject operation) {
    ctx.response().putHeader("Azure-AsyncOperation", ArmLinks.at(ctx.request(), operation.getString("id")))
        .putHeader("Location", ArmLinks.at(ctx.request(), operation.getString("id"))).putHeader("Retry-After", "1");
    return operation.encode();
  }
}
