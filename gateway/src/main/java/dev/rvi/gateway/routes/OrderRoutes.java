package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.CustomerCreate;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.directory.RelationshipQuery;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.directory.SubscriptionUpdate;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.ArtifactRef;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRef;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.order.OrderFilter;
import dev.rvi.domain.order.OrderRef;
import dev.rvi.domain.order.PurchaseCommitment;
import dev.rvi.domain.order.ReservationFilter;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.text.Digests;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import dev.rvi.gateway.http.Query;
import dev.rvi.gateway.http.RequestIds;
import dev.rvi.gateway.http.Responses;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Customers, subscriptions, agent access, carts, checkout, order history, entitlements, reservations. */
public final class OrderRoutes {
  private static final Pattern ID = PathIds.ID;
  private static final String SOURCE = "gateway";
  private static final Pattern MPN_ID = Pattern.compile("[0-9]{1,12}");
  private static final Set<String> ORDER_STATUSES = Set.of("pending", "completed", "cancelled");

  private final BusClient bus;
  private final ServiceCall service;

  public OrderRoutes(BusClient bus) {
    this.bus = bus;
    this.service = new ServiceCall(bus);
  }

  /**
   * A creating request: the Idempotency-Key (its length already checked against the contract) and a
   * hash of the request travel with it. Without one, Partner Center's MS-RequestId is the key: its clients
   * send the same one when they retry a call.
   */
  private <Q> Future<String> create(RoutingContext ctx, Caller caller, BusAction<Q, Document> action, Q body) {
    String key = ctx.request().getHeader("Idempotency-Key");
    String requestId = ctx.request().getHeader(Responses.MS_REQUEST_ID);
    if (key == null && requestId != null && requestId.equals(ctx.get(RequestIds.KEY))) {
      key = requestId; // taken as the request's id, so it is of a sane shape and length
    }
    if (key == null) {
      return service.ask(ctx, caller, action, body);
    }
    String raw = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
    return service.ask(ctx, caller, action, body,
        Map.of(Headers.IDEMPOTENCY_KEY, key, Headers.REQUEST_HASH,
            Digests.sha256Hex(ctx.request().method() + " " + ctx.request().path() + "\n" + raw)));
  }

  private static ListQuery list(RoutingContext ctx, String filter) {
    Query q = new Query(ctx);
    return new ListQuery(opt(ctx, "customerId"), q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(),
        q.pageUri(), filter);
  }

  /** The list with its order and text filter, for the lists that have them. */
  private static ListQuery sorted(RoutingContext ctx, ListQuery list, List<String> fields) {
    Query q = new Query(ctx);
    return new ListQuery(list.customerId(), list.size(), list.offset(), list.pageUri(), list.filter(), q.sort(fields), q.filterText());
  }

  private static CustomerRef customer(RoutingContext ctx) {
    return new CustomerRef(id(ctx, "customerId"));
  }

  private static SubscriptionRef subscription(RoutingContext ctx) {
    return new SubscriptionRef(id(ctx, "customerId"), id(ctx, "subscriptionId"));
  }

  public Future<String> listAgentAccess(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.LIST_AGENT_ACCESS, subscription(ctx));
  }

  private static AgentAccessRef agentAccess(RoutingContext ctx) {
    return new AgentAccessRef(id(ctx, "customerId"), id(ctx, "subscriptionId"), id(ctx, "userId"));
  }

  private static CartRef cartRef(RoutingContext ctx) {
    return new CartRef(id(ctx, "customerId"), id(ctx, "cartId"));
  }

  private static String opt(RoutingContext ctx, String name) {
    return ctx.pathParam(name) == null ? null : id(ctx, name);
  }

  // Relationships
  public Future<String> relationships(RoutingContext ctx, Caller caller) {
    String type = new Query(ctx).string("relationship_type");
    if (type != null && !type.equals("IsIndirectCloudSolutionProviderOf") && !type.equals("IsIndirectResellerOf")) {
      throw Errors.badRequest(SOURCE, "relationship_type must be IsIndirectCloudSolutionProviderOf or IsIndirectResellerOf");
    }
    return service.ask(ctx, caller, DirectoryContract.LIST_RELATIONSHIPS, new RelationshipQuery(type));
  }

  // Customers
  public Future<String> createCustomer(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    JsonObject company = orEmpty(Bodies.object(body, "companyProfile"));
    JsonObject billing = orEmpty(Bodies.object(body, "billingProfile"));
    JsonObject address = orEmpty(Bodies.object(billing, "defaultAddress"));
    CustomerCreate customer = new CustomerCreate(null, Bodies.string(company, "domain"),
        Bodies.string(billing, "companyName") != null ? Bodies.string(billing, "companyName") : Bodies.string(company, "companyName"),
        Bodies.string(billing, "email"), Bodies.string(billing, "culture"), Bodies.string(billing, "language"),
        Bodies.string(address, "country"), Bodies.string(address, "city"), Bodies.string(address, "addressLine1"),
        Bodies.string(address, "postalCode"), Bodies.string(body, "associatedPartnerId"));
    return create(ctx, caller, DirectoryContract.CREATE_CUSTOMER, customer);
  }

  private static JsonObject orEmpty(JsonObject json) {
    return json == null ? new JsonObject() : json;
  }

  public Future<String> listCustomers(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.LIST_CUSTOMERS, sorted(ctx, list(ctx, null), ListSorts.CUSTOMERS));
  }

  public Future<String> getCustomer(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.GET_CUSTOMER, customer(ctx));
  }

  // Subscriptions
  public Future<String> createSubscription(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    JsonArray reservations = Bodies.array(body, "reservations");
    List<String> carried = new ArrayList<>();
    if (reservations != null) {
      reservations.forEach(r -> carried.add(String.valueOf(r)));
    }
    return create(ctx, caller, DirectoryContract.CREATE_SUBSCRIPTION, new SubscriptionCreate(null, id(ctx, "customerId"),
        Bodies.string(body, "friendlyName"), Bodies.string(body, "origin"), carried));
  }

  public Future<String> listSubscriptions(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.LIST_SUBSCRIPTIONS, customer(ctx));
  }

  public Future<String> getSubscription(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.GET_SUBSCRIPTION, subscription(ctx));
  }

  public Future<String> updateSubscription(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    return service.ask(ctx, caller, DirectoryContract.UPDATE_SUBSCRIPTION, new SubscriptionUpdate(id(ctx, "customerId"), id(ctx, "subscriptionId"),
        Bodies.string(body, "status"), Bodies.string(body, "friendlyName")));
  }

  public Future<String> register(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.REGISTER_SUBSCRIPTION, subscription(ctx));
  }

  public Future<String> registrationStatus(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.GET_REGISTRATION_STATUS, subscription(ctx));
  }

  public Future<String> getAgentAccess(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.GET_AGENT_ACCESS, agentAccess(ctx));
  }

  public Future<String> grantAgentAccess(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.GRANT_AGENT_ACCESS, agentAccess(ctx));
  }

  public Future<String> revokeAgentAccess(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.REVOKE_AGENT_ACCESS, agentAccess(ctx));
  }

  // Carts and checkout
  public Future<String> createCart(RoutingContext ctx, Caller caller) {
    return create(ctx, caller, OrderContract.CREATE_CART, cart(ctx, null));
  }

  public Future<String> getCart(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_CART, cartRef(ctx));
  }

  public Future<String> updateCart(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.UPDATE_CART, cart(ctx, id(ctx, "cartId")));
  }

  public Future<String> checkout(RoutingContext ctx, Caller caller) {
    return create(ctx, caller, OrderContract.CHECKOUT, cartRef(ctx));
  }

  /** Partner Center's cart body, with keys in any case. */
  private static CartRequest cart(RoutingContext ctx, String cartId) {
    JsonObject body = Bodies.object(ctx);
    List<JsonObject> lines = lineItems(body);
    List<CartLineRequest> requests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonObject line = lines.get(i);
      JsonObject context = orEmpty(Bodies.object(line, "provisioningContext"));
      requests.add(new CartLineRequest(integer(line, "id", i), Bodies.string(line, "catalogItemId"), integer(line, "quantity", i),
          Bodies.string(line, "billingCycle"), Bodies.string(line, "termDuration"), Bodies.string(context, "subscriptionId"),
          Bodies.string(context, "scope"), Bodies.string(context, "duration"), reseller(line, "lineItems[" + i + "]."), plan(line, context),
          Bodies.string(context, "entitlementId"), commitment(line, "lineItems[" + i + "].")));
    }
    return new CartRequest(id(ctx, "customerId"), cartId, requests, reseller(body, ""));
  }

  /**
   * A savings plan's {@code purchaseCommitment} ({@code amount}, {@code currency}, {@code grain}), beside the line's
   * provisioning context as Partner Center documents it, or inside it.
   */
  private static PurchaseCommitment commitment(JsonObject line, String where) {
    JsonObject c = Bodies.object(line, "purchaseCommitment");
    if (c == null && Bodies.object(line, "provisioningContext") != null) {
      c = Bodies.object(Bodies.object(line, "provisioningContext"), "purchaseCommitment");
    }
    if (c == null) {
      return null;
    }
    String currency = Bodies.string(c, "currency") != null ? Bodies.string(c, "currency") : Bodies.string(c, "currencyCode");
    if (currency != null && !currency.matches("[A-Za-z]{3}")) {
      throw Errors.badRequest(SOURCE, where + "purchaseCommitment.currency must be a three-letter currency code");
    }
    return new PurchaseCommitment(SavingsPlanRoutes.amount(c, "amount"), currency, Bodies.string(c, "grain"));
  }

  /** Azure's {@code billingPlan}, on the line or in its provisioning context. */
  private static String plan(JsonObject line, JsonObject context) {
    return Bodies.string(line, "billingPlan") != null ? Bodies.string(line, "billingPlan") : Bodies.string(context, "billingPlan");
  }

  private static List<JsonObject> lineItems(JsonObject body) {
    JsonArray lines = Bodies.array(body, "lineItems");
    if (lines == null) {
      throw Errors.badRequest(SOURCE, "lineItems is required");
    }
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!(lines.getValue(i) instanceof JsonObject line)) {
        throw Errors.badRequest(SOURCE, "lineItems[" + i + "] must be an object");
      }
      out.add(line);
    }
    return out;
  }

  /** The {@code transaction_reseller} among the participants of a cart or of one of its lines, or null. */
  private static String reseller(JsonObject json, String where) {
    JsonArray participants = Bodies.array(json, "participants");
    String reseller = null;
    if (participants != null) {
      for (Object p : participants) {
        if (!(p instanceof JsonObject participant)) {
          throw Errors.badRequest(SOURCE, "each of " + where + "participants must be {\"key\": ..., \"value\": ...}");
        }
        if ("transaction_reseller".equalsIgnoreCase(Bodies.string(participant, "key"))) {
          reseller = Bodies.string(participant, "value");
          if (reseller == null || !MPN_ID.matcher(reseller).matches()) {
            throw Errors.badRequest(SOURCE, "the transaction_reseller participant's value must be the reseller's MPN id");
          }
        }
      }
    }
    return reseller;
  }

  private static Integer integer(JsonObject json, String name, int line) {
    Object value = Bodies.field(json, name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    throw Errors.badRequest(SOURCE, "lineItems[" + line + "]." + name + " must be a whole number");
  }

  // Order history, entitlements and reservations
  public Future<String> listOrders(RoutingContext ctx, Caller caller) {
    String billingType = new Query(ctx).string("billingType");
    if (billingType != null && !billingType.equalsIgnoreCase("onetime") && !billingType.equalsIgnoreCase("one_time")) {
      throw Errors.badRequest(SOURCE, "billingType must be onetime: reservations are one-time purchases");
    }
    return service.ask(ctx, caller, OrderContract.LIST_ORDERS, list(ctx, null));
  }

  /** The partner's orders across its customers: {@code customerId}, {@code resellerId}, {@code status} filters. */
  public Future<String> listPartnerOrders(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    String status = q.choice("status", s -> Optional.of(s).filter(ORDER_STATUSES::contains), String.join(", ", ORDER_STATUSES));
    return service.ask(ctx, caller, OrderContract.LIST_PARTNER_ORDERS, new OrderFilter(filterId(q, "customerId"), filterId(q, "resellerId"), status,
        q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(), q.pageUri()));
  }

  /**
   * The partner's reservations across its customers: {@code customerId}, {@code resellerId}, {@code state} (as the
   * overview shows it) and the expiry window {@code expiresAfter} (inclusive) to {@code expiresBefore} (exclusive), each
   * a date (midnight UTC) or a moment.
   */
  public Future<String> listPartnerReservations(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    String state = q.choice("state", s -> Optional.of(s).filter(ReservationFilter.STATES::contains), String.join(", ", ReservationFilter.STATES));
    Instant after = moment(q, "expiresAfter");
    Instant before = moment(q, "expiresBefore");
    if (after != null && before != null && !after.isBefore(before)) {
      throw Errors.badRequest(SOURCE, "expiresAfter must be before expiresBefore");
    }
    return service.ask(ctx, caller, OrderContract.LIST_PARTNER_RESERVATIONS, new ReservationFilter(filterId(q, "customerId"),
        filterId(q, "resellerId"), state, after, before, q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE),
        q.offset(), q.pageUri(), q.sort(ListSorts.RESERVATIONS), q.filterText()));
  }

  private static String filterId(Query q, String name) {
    String value = q.string(name);
    if (value != null && !ID.matcher(value).matches()) {
      throw Errors.badRequest(SOURCE, name + " is not an id");
    }
    return value;
  }

  private static Instant moment(Query q, String name) {
    String value = q.string(name);
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw Errors.badRequest(SOURCE, name + " must be a date (2027-01-31) or a moment (2027-01-31T12:00:00Z)");
    }
  }

  public Future<String> getOrder(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_ORDER, new OrderRef(id(ctx, "customerId"), id(ctx, "orderId")));
  }

  /**
   * Microsoft's create-an-order body: {@code lineItems} with {@code offerId} (the catalog item), {@code lineItemNumber},
   * {@code quantity}, {@code provisioningContext} and {@code partnerIdOnRecord} (the reseller's MPN id) on the line.
   */
  public Future<String> createOrder(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    List<JsonObject> lines = lineItems(body);
    List<CartLineRequest> requests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonObject line = lines.get(i);
      String where = "lineItems[" + i + "].";
      String reseller = reseller(line, where);
      String onRecord = Bodies.string(line, "partnerIdOnRecord");
      if (onRecord != null && !MPN_ID.matcher(onRecord).matches()) {
        throw Errors.badRequest(SOURCE, where + "partnerIdOnRecord must be the reseller's MPN id");
      }
      JsonObject context = orEmpty(Bodies.object(line, "provisioningContext"));
      String item = Bodies.string(line, "offerId") != null ? Bodies.string(line, "offerId") : Bodies.string(line, "catalogItemId");
      Integer number = integer(line, "lineItemNumber", i) != null ? integer(line, "lineItemNumber", i) : integer(line, "id", i);
      requests.add(new CartLineRequest(number, item, integer(line, "quantity", i), Bodies.string(line, "billingCycle"),
          Bodies.string(line, "termDuration"), Bodies.string(context, "subscriptionId"), Bodies.string(context, "scope"),
          Bodies.string(context, "duration"), reseller != null ? reseller : onRecord, plan(line, context),
          Bodies.string(context, "entitlementId"), commitment(line, where)));
    }
    return create(ctx, caller, OrderContract.CREATE_ORDER, new CartRequest(id(ctx, "customerId"), null, requests, reseller(body, "")));
  }

  public Future<String> provisioningStatus(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_ORDER_PROVISIONING, new OrderRef(id(ctx, "customerId"), id(ctx, "orderId")));
  }

  public Future<String> artifact(RoutingContext ctx, Caller caller) {
    int line;
    try {
      line = Integer.parseInt(id(ctx, "lineItemNumber"));
    } catch (NumberFormatException e) {
      throw Errors.notFound(SOURCE, "lineItemNumber not found");
    }
    return service.ask(ctx, caller, OrderContract.GET_ARTIFACT, new ArtifactRef(id(ctx, "customerId"), id(ctx, "orderId"), line,
        id(ctx, "reservationOrderId")));
  }

  public Future<String> entitlements(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.LIST_ENTITLEMENTS, list(ctx, new Query(ctx).string("entitlementType")));
  }

  public Future<String> listReservations(RoutingContext ctx, Caller caller) {
    String order = new Query(ctx).string("reservationOrderId");
    if (order != null && !ID.matcher(order).matches()) {
      throw Errors.badRequest(SOURCE, "reservationOrderId is not an id");
    }
    return service.ask(ctx, caller, OrderContract.LIST_RESERVATIONS, sorted(ctx, list(ctx, order), ListSorts.RESERVATIONS));
  }

  public Future<String> getReservation(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_RESERVATION, new ReservationRef(id(ctx, "customerId"), id(ctx, "reservationOrderId"), id(ctx, "reservationId")));
  }
}
