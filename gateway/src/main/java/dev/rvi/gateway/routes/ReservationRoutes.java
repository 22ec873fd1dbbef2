package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.billing.InvoiceQuery;
import dev.rvi.domain.billing.ReconciliationFile;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.MergeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.domain.reservation.RoleAssignment;
import dev.rvi.domain.reservation.RoleAssignmentRef;
import dev.rvi.domain.reservation.SplitRequest;
import dev.rvi.domain.usage.RecommendationQuery;
import dev.rvi.domain.usage.ReservationHoursQuery;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.domain.usage.UsageContract;
import dev.rvi.domain.usage.UsageUpload;
import dev.rvi.domain.usage.UtilizationQuery;
import dev.rvi.gateway.http.ArmIds;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import dev.rvi.gateway.http.Query;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Managing reservations (configure, IAM, refund, exchange) and billing. */
public final class ReservationRoutes {
  private static final String SOURCE = "gateway";
  private static final Pattern ID = PathIds.ID;
  private static final List<String> READ_ONLY = List.of("id", "reservationOrderId", "partnerIdOnRecord", "quantity", "skuName", "location",
      "term", "billingPlan", "effectiveDateTime", "expiryDateTime", "provisioningState", "displayProvisioningState", "unitPrice",
      "currencyCode", "purchaseDateTime", "orderId", "orderNumber");

  private final BusClient bus;
  private final ServiceCall service;
  /** Sizing advice runs the benefit engine over up to 60 days: it may take longer than a read. */
  private final ServiceCall slowService;

  public ReservationRoutes(BusClient bus) {
    this.bus = bus;
    this.service = new ServiceCall(bus);
    this.slowService = new ServiceCall(bus, Math.max(bus.timeoutMs(), 60_000));
  }


  private static ReservationRef reservation(RoutingContext ctx) {
    return new ReservationRef(id(ctx, "customerId"), id(ctx, "reservationOrderId"), id(ctx, "reservationId"));
  }

  private static RoleAssignmentRef roleAssignment(RoutingContext ctx) {
    return new RoleAssignmentRef(id(ctx, "customerId"), id(ctx, "reservationOrderId"), id(ctx, "reservationId"), id(ctx, "userId"));
  }

  /**
   * Azure's bodies wrap their fields in {@code properties} ({@code {"properties": {"reservationToReturn": ...}}});
   * Partner Center's do not. Both are read: a field inside the wrapper wins over one of the same name outside.
   */
  static JsonObject unwrapped(JsonObject body) {
    JsonObject props = Bodies.object(body, "properties");
    if (props == null) {
      return body;
    }
    JsonObject merged = body.copy();
    merged.fieldNames().removeIf(k -> k.equalsIgnoreCase("properties"));
    for (String key : props.fieldNames()) {
      merged.fieldNames().removeIf(k -> k.equalsIgnoreCase(key));
      merged.put(key, props.getValue(key));
    }
    return merged;
  }

  /** Configure: Azure's body, with or without its "properties" wrapper. */
  public Future<String> configure(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    JsonObject props = unwrapped(body);
    List<String> readOnly = new ArrayList<>();
    for (String field : READ_ONLY) {
      if (Bodies.field(props, field) != null || Bodies.field(body, field) != null) {
        readOnly.add(field);
      }
    }
    String scope = Bodies.string(props, "appliedScopeType");
    if (scope != null) {
      scope = switch (scope.toLowerCase()) {
        case "single" -> "Single";
        case "shared" -> "Shared";
        default -> throw Errors.badRequest(SOURCE, "appliedScopeType must be Single or Shared");
      };
    }
    JsonArray scopes = Bodies.array(props, "appliedScopes");
    String subscription = null;
    if (scopes != null && !scopes.isEmpty()) {
      if (scopes.size() > 1 || !(scopes.getValue(0) instanceof String s)) {
        throw Errors.badRequest(SOURCE, "appliedScopes takes one subscription, as /subscriptions/{id} or the id");
      }
      subscription = s.replaceFirst("^/subscriptions/", "");
      if (!ID.matcher(subscription).matches()) {
        throw Errors.badRequest(SOURCE, "appliedScopes must name a subscription");
      }
    }
    Object renew = Bodies.field(props, "renew");
    if (renew != null && !(renew instanceof Boolean)) {
      throw Errors.badRequest(SOURCE, "renew must be true or false");
    }
    // Azure puts instanceFlexibility under reservedResourceProperties; Partner Center-style clients send it flat.
    JsonObject resource = Bodies.object(props, "reservedResourceProperties");
    String flexibility = Bodies.string(resource != null && Bodies.field(resource, "instanceFlexibility") != null ? resource : props,
        "instanceFlexibility");
    if (flexibility != null) {
      flexibility = switch (flexibility.toLowerCase()) {
        case "on" -> "On";
        case "off" -> "Off";
        default -> throw Errors.badRequest(SOURCE, "instanceFlexibility must be On or Off");
      };
    }
    String name = Bodies.string(props, "displayName") != null ? Bodies.string(props, "displayName") : Bodies.string(props, "name");
    if (name != null && (name.isBlank() || name.length() > 64)) {
      throw Errors.badRequest(SOURCE, "the reservation's name is 1 to 64 characters");
    }
    return service.ask(ctx, caller, OrderContract.CONFIGURE_RESERVATION, new ReservationUpdate(id(ctx, "customerId"), id(ctx, "reservationOrderId"),
        id(ctx, "reservationId"), scope, subscription, (Boolean) renew, flexibility, name == null ? null : name.trim(), readOnly));
  }

  public Future<String> revisions(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.LIST_REVISIONS, reservation(ctx));
  }

  public Future<String> roleAssignments(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.LIST_ROLE_ASSIGNMENTS, reservation(ctx));
  }

  public Future<String> roleAssignment(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_ROLE_ASSIGNMENT, roleAssignment(ctx));
  }

  public Future<String> assignRole(RoutingContext ctx, Caller caller) {
    String role = Bodies.string(Bodies.object(ctx), "role");
    return service.ask(ctx, caller, OrderContract.PUT_ROLE_ASSIGNMENT, new RoleAssignment(id(ctx, "customerId"), id(ctx, "reservationOrderId"),
        id(ctx, "reservationId"), id(ctx, "userId"), role));
  }

  public Future<String> removeRole(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.DELETE_ROLE_ASSIGNMENT, roleAssignment(ctx));
  }

  private static RefundRequest refund(RoutingContext ctx, boolean execute) {
    JsonObject body = unwrapped(Bodies.object(ctx));
    JsonObject target = Bodies.object(body, "reservationToReturn");
    if (target == null) {
      throw Errors.badRequest(SOURCE, "reservationToReturn {reservationId, quantity} is required");
    }
    String reservationId = ArmIds.reservation(Bodies.string(target, "reservationId"), id(ctx, "reservationOrderId"),
        "reservationToReturn.reservationId");
    if (reservationId == null) {
      throw Errors.badRequest(SOURCE, "reservationToReturn.reservationId is required");
    }
    Object quantity = Bodies.field(target, "quantity");
    if (quantity != null && !(quantity instanceof Number n && n.intValue() == n.doubleValue())) {
      throw Errors.badRequest(SOURCE, "reservationToReturn.quantity must be a whole number");
    }
    String reason = Bodies.string(body, "returnReason");
    if (reason != null && reason.length() > 500) {
      throw Errors.badRequest(SOURCE, "returnReason is at most 500 characters");
    }
    String session = Bodies.string(body, "sessionId");
    if (execute && session == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateRefund");
    }
    return new RefundRequest(id(ctx, "customerId"), id(ctx, "reservationOrderId"), reservationId,
        quantity == null ? null : ((Number) quantity).intValue(), execute ? session : null, reason, null);
  }

  /** Azure's split body: {@code {"properties": {"quantities": [1, 2], "reservationId": "<id or ARM id>"}}}. */
  public Future<String> split(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.SPLIT_RESERVATION, splitRequest(ctx));
  }

  static SplitRequest splitRequest(RoutingContext ctx) {
    JsonObject body = unwrapped(Bodies.object(ctx));
    JsonArray quantities = Bodies.array(body, "quantities");
    if (quantities == null) {
      throw Errors.badRequest(SOURCE, "quantities is required: the quantity of each new reservation");
    }
    List<Integer> parts = new ArrayList<>();
    for (Object q : quantities) {
      if (!(q instanceof Number n) || n.intValue() != n.doubleValue()) {
        throw Errors.badRequest(SOURCE, "each of quantities must be a whole number");
      }
      parts.add(n.intValue());
    }
    String reservationId = ArmIds.reservation(Bodies.string(body, "reservationId"), id(ctx, "reservationOrderId"), "reservationId");
    if (reservationId == null) {
      throw Errors.badRequest(SOURCE, "reservationId is required: the reservation to split");
    }
    return new SplitRequest(id(ctx, "customerId"), id(ctx, "reservationOrderId"), reservationId, parts);
  }

  /** Azure's merge body: {@code {"properties": {"sources": ["<id or ARM id>", ...]}}}. */
  public Future<String> merge(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.MERGE_RESERVATIONS, mergeRequest(ctx));
  }

  static MergeRequest mergeRequest(RoutingContext ctx) {
    JsonArray sources = Bodies.array(unwrapped(Bodies.object(ctx)), "sources");
    if (sources == null) {
      throw Errors.badRequest(SOURCE, "sources is required: the reservations to merge");
    }
    List<String> ids = new ArrayList<>();
    for (Object s : sources) {
      if (!(s instanceof String text)) {
        throw Errors.badRequest(SOURCE, "each of sources must be a reservation id or its ARM id");
      }
      ids.add(ArmIds.reservation(text, id(ctx, "reservationOrderId"), "sources[]"));
    }
    return new MergeRequest(id(ctx, "customerId"), id(ctx, "reservationOrderId"), ids);
  }

  public Future<String> refundLimit(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.GET_REFUND_LIMIT, new CustomerRef(id(ctx, "customerId")));
  }

  public Future<String> calculateRefund(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.CALCULATE_REFUND, refund(ctx, false));
  }

  public Future<String> returnReservation(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.RETURN_RESERVATION, refund(ctx, true));
  }

  public Future<String> calculateExchange(RoutingContext ctx, Caller caller) {
    JsonObject body = unwrapped(Bodies.object(ctx));
    List<ExchangeRequest.Return> returns = new ArrayList<>();
    JsonArray toExchange = Bodies.array(body, "reservationsToExchange");
    JsonArray toPurchase = Bodies.array(body, "reservationsToPurchase");
    if (toExchange == null || toPurchase == null || toExchange.isEmpty() || toPurchase.isEmpty()) {
      throw Errors.badRequest(SOURCE, "reservationsToExchange and reservationsToPurchase are required");
    }
    if (toExchange.size() > 50 || toPurchase.size() > 50) {
      throw Errors.badRequest(SOURCE, "an exchange takes at most 50 returns and 50 purchases");
    }
    for (Object o : toExchange) {
      if (!(o instanceof JsonObject r)) {
        throw Errors.badRequest(SOURCE, "each of reservationsToExchange is {reservationId, quantity}");
      }
      returns.add(new ExchangeRequest.Return(ArmIds.reservation(Bodies.string(r, "reservationId"), null, "reservationsToExchange[].reservationId"),
          whole(r, "quantity")));
    }
    List<ExchangeRequest.Purchase> purchases = new ArrayList<>();
    for (Object o : toPurchase) {
      if (!(o instanceof JsonObject p)) {
        throw Errors.badRequest(SOURCE, "each of reservationsToPurchase is {catalogItemId, quantity, termDuration, provisioningContext}");
      }
      JsonObject context = Bodies.object(p, "provisioningContext") == null ? new JsonObject() : Bodies.object(p, "provisioningContext");
      if (Bodies.string(p, "catalogItemId") == null && Bodies.object(p, "sku") != null) {
        purchases.add(azurePurchase(p));
        continue;
      }
      purchases.add(new ExchangeRequest.Purchase(Bodies.string(p, "catalogItemId"), whole(p, "quantity"), Bodies.string(p, "termDuration"),
          Bodies.string(context, "subscriptionId"), Bodies.string(context, "scope"),
          Bodies.string(p, "billingPlan") != null ? Bodies.string(p, "billingPlan") : Bodies.string(context, "billingPlan"), null, null));
    }
    return service.ask(ctx, caller, OrderContract.CALCULATE_EXCHANGE, new ExchangeRequest(id(ctx, "customerId"), returns, purchases, null, null));
  }

  /**
   * Azure's purchase in an exchange: {@code {"location", "sku": {"name"}, "properties": {"term", "quantity", "billingPlan",
   * "appliedScopeType", "appliedScopes" | "billingScopeId"}}}; the order service finds the catalog item of that size,
   * region and term in the customer's market.
   */
  private static ExchangeRequest.Purchase azurePurchase(JsonObject p) {
    JsonObject props = Bodies.object(p, "properties") == null ? new JsonObject() : Bodies.object(p, "properties");
    String sku = Bodies.string(Bodies.object(p, "sku"), "name");
    String region = Bodies.string(p, "location");
    if (sku == null || region == null) {
      throw Errors.badRequest(SOURCE, "a purchase names catalogItemId, or Azure's sku.name and location");
    }
    String scope = Bodies.string(props, "appliedScopeType");
    JsonArray scopes = Bodies.array(props, "appliedScopes");
    String subscription = scopes != null && !scopes.isEmpty() && scopes.getValue(0) instanceof String s ? s : Bodies.string(props, "billingScopeId");
    if (subscription != null) {
      subscription = subscription.replaceFirst("(?i)^/subscriptions/", "");
    }
    return new ExchangeRequest.Purchase(null, whole(props, "quantity"), Bodies.string(props, "term"), subscription,
        scope == null ? "Shared" : scope, Bodies.string(props, "billingPlan"), sku, region.toLowerCase(Locale.ROOT));
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

  public Future<String> exchange(RoutingContext ctx, Caller caller) {
    String session = Bodies.string(unwrapped(Bodies.object(ctx)), "sessionId");
    if (session == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateExchange");
    }
    return service.ask(ctx, caller, OrderContract.EXCHANGE, new ExchangeRequest(id(ctx, "customerId"), null, null, session, null));
  }

  // Usage, utilization and sizing
  public Future<String> ingestUsage(RoutingContext ctx, Caller caller) {
    String content = ctx.body().asString();
    if (content == null || content.isBlank()) {
      throw Errors.badRequest(SOURCE, "the body must be {\"items\": [...]}");
    }
    // The records travel as the message body, as received: wrapping megabytes of JSON in a JSON string
    // would escape and unescape all of it. The ids ride in headers.
    return bus.request(Address.USAGE, UsageAction.INGEST.name(), content, caller, ctx.get(RequestIds.KEY),
        Math.max(bus.timeoutMs(), 120_000), Map.of(UsageUpload.CUSTOMER_HEADER, id(ctx, "customerId"),
            UsageUpload.SUBSCRIPTION_HEADER, id(ctx, "subscriptionId")));
  }

  public Future<String> utilization(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    if (hourly(q)) {
      return service.ask(ctx, caller, OrderContract.RESERVATION_HOURS, new ReservationHoursQuery(id(ctx, "customerId"),
          id(ctx, "reservationOrderId"), id(ctx, "reservationId"), hour(q, "from"), hour(q, "to")));
    }
    return service.ask(ctx, caller, OrderContract.RESERVATION_UTILIZATION, new UtilizationQuery(id(ctx, "customerId"),
        id(ctx, "reservationOrderId"), id(ctx, "reservationId"), date(q, "from"), date(q, "to")));
  }

  /** Whether a utilization is asked by the hour: {@code grain} is daily (the default) or hourly, in any case. */
  static boolean hourly(Query q) {
    String grain = q.string("grain");
    if (grain == null || grain.equalsIgnoreCase("daily")) {
      return false;
    }
    if (grain.equalsIgnoreCase("hourly")) {
      return true;
    }
    throw Errors.badRequest(SOURCE, "grain must be daily or hourly");
  }

  /**
   * A bound of an hourly utilization, or null when not given: a date-time on a whole hour with its offset
   * ({@code 2027-01-31T05:00:00Z}), or a date, its midnight UTC.
   */
  static Instant hour(Query q, String name) {
    String value = q.string(name);
    if (value == null) {
      return null;
    }
    Instant at;
    try {
      at = value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw Errors.badRequest(SOURCE, name + " must be a date-time such as 2027-01-31T05:00:00Z, or a date");
    }
    if (!at.equals(at.truncatedTo(ChronoUnit.HOURS))) {
      throw Errors.badRequest(SOURCE, name + " must be a whole hour, such as 2027-01-31T05:00:00Z");
    }
    return at;
  }

  /** A date query parameter (a date-time's date part is taken), or null when not given. */
  static LocalDate date(Query q, String name) {
    String value = q.string(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw Errors.badRequest(SOURCE, name + " must be a date such as 2027-01-31");
    }
  }

  public Future<String> recommendations(RoutingContext ctx, Caller caller) {
    return slowService.ask(ctx, caller, UsageContract.RECOMMENDATIONS, recommendationQuery(ctx, 30, Term.P1Y));
  }

  /** What savings plan to buy: Azure's benefitRecommendations look back 60 days for a 3-year plan unless told. */
  public Future<String> savingsPlanRecommendations(RoutingContext ctx, Caller caller) {
    return slowService.ask(ctx, caller, UsageContract.SAVINGS_PLAN_RECOMMENDATIONS, recommendationQuery(ctx, 60, Term.P3Y));
  }

  /**
   * The advised reservations, savings plan and both side by side, over the look-back and term the savings-plan
   * recommendations default to; the plans weighed are Shared.
   */
  public Future<String> benefitComparison(RoutingContext ctx, Caller caller) {
    RecommendationQuery q = recommendationQuery(ctx, 60, Term.P3Y);
    return slowService.ask(ctx, caller, UsageContract.BENEFIT_COMPARISON,
        new RecommendationQuery(q.customerId(), "Shared", q.lookBackDays(), q.term()));
  }

  /** {@code scope} (Shared unless told), {@code lookBackPeriod} and {@code term}, with the defaults given. */
  private static RecommendationQuery recommendationQuery(RoutingContext ctx, int lookBackDays, Term defaultTerm) {
    Query q = new Query(ctx);
    String scope = q.choice("scope", s -> Optional.ofNullable(s.equalsIgnoreCase("shared") ? "Shared"
        : s.equalsIgnoreCase("single") ? "Single" : null), "Shared, Single");
    Integer days = q.choice("lookBackPeriod", s -> Optional.ofNullable(switch (s) {
      case "Last7Days" -> 7;
      case "Last30Days" -> 30;
      case "Last60Days" -> 60;
      default -> null;
    }), "Last7Days, Last30Days, Last60Days");
    Term term = q.choice("term", Term::parse, "P1Y, P3Y");
    return new RecommendationQuery(id(ctx, "customerId"), scope == null ? "Shared" : scope, days == null ? lookBackDays : days,
        term == null ? defaultTerm : term);
  }

  // Billing
  private static void provider(RoutingContext ctx) {
    String provider = new Query(ctx).string("provider");
    if (provider != null && !provider.equalsIgnoreCase("onetime") && !provider.equalsIgnoreCase("one_time")) {
      throw Errors.badRequest(SOURCE, "provider must be onetime: reservations are one-time charges");
    }
  }

  public Future<String> invoices(RoutingContext ctx, Caller caller) {
    provider(ctx);
    return service.ask(ctx, caller, BillingContract.LIST_INVOICES, NoBody.INSTANCE);
  }

  public Future<String> invoice(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, BillingContract.GET_INVOICE, new InvoiceQuery(id(ctx, "invoiceId"), null));
  }

  public Future<String> invoiceLines(RoutingContext ctx, Caller caller) {
    provider(ctx);
    Query q = new Query(ctx);
    return service.ask(ctx, caller, BillingContract.LIST_INVOICE_LINES, new InvoiceQuery(id(ctx, "invoiceId"), null,
        q.size(ReservedInstanceSearch.MAX_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(), q.pageUri(), q.sort(ListSorts.INVOICE_LINES),
        q.filterText()));
  }

  public Future<String> reconciliation(RoutingContext ctx, Caller caller) {
    return bus.ask(BillingContract.INVOICE_RECONCILIATION, new InvoiceQuery(id(ctx, "invoiceId"), "csv"), caller, ctx.get(RequestIds.KEY))
        .map(ReconciliationFile::csv);
  }
}
