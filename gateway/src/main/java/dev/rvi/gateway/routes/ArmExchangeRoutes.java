package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.gateway.arm.ArmExchangeView;
import dev.rvi.gateway.arm.ArmLinks;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
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
  private final ServiceCall service;
  private final ReservationRoutes reservations;

  public ArmExchangeRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
    this.reservations = new ReservationRoutes(bus);
  }

  private Future<String> customerOf(RoutingContext ctx, Caller caller, CustomerLookup lookup) {
    return service.call(ctx, caller, OrderContract.CUSTOMER_OF, lookup).map(LocatedCustomer::customerId)
        .onSuccess(customerId -> ctx.pathParams().put("customerId", customerId));
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

  public Future<String> calculate(RoutingContext ctx, Caller caller) {
    String order = firstOrder(Bodies.object(ctx));
    return customerOf(ctx, caller, CustomerLookup.ofReservationOrder(order)).compose(c -> reservations.calculateExchange(ctx, caller))
        .map(plan -> accepted(ctx, ArmExchangeView.quote(new JsonObject(plan))));
  }

  public Future<String> exchange(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session(ctx))).compose(c -> reservations.exchange(ctx, caller))
        .map(done -> accepted(ctx, ArmExchangeView.result(new JsonObject(done))));
  }

  /** The quote's operation result, read again by its session. */
  public Future<String> quote(RoutingContext ctx, Caller caller) {
    String session = PathIds.id(ctx, "sessionId");
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session))
        .compose(customerId -> service.ask(ctx, caller, OrderContract.GET_EXCHANGE_QUOTE, new ExchangeRequest(customerId, null, null, session, null)))
        .map(plan -> ArmExchangeView.quote(new JsonObject(plan)).encode());
  }

  /** The exchange's operation result, read again by its session: only once carried out (reading never carries it out). */
  public Future<String> result(RoutingContext ctx, Caller caller) {
    String session = PathIds.id(ctx, "sessionId");
    return customerOf(ctx, caller, CustomerLookup.ofExchangeSession(session))
        .compose(customerId -> service.ask(ctx, caller, OrderContract.GET_EXCHANGE_RESULT, new ExchangeRequest(customerId, null, null, session, null)))
        .map(done -> ArmExchangeView.result(new JsonObject(done)).encode());
  }

  private static String accepted(RoutingContext ctx, JsonObject operation) {
    ctx.response().putHeader("Azure-AsyncOperation", ArmLinks.at(ctx.request(), operation.getString("id")))
        .putHeader("Location", ArmLinks.at(ctx.request(), operation.getString("id"))).putHeader("Retry-After", "1");
    return operation.encode();
  }
}
