package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.support.Contact;
import dev.rvi.domain.support.PartnerNote;
import dev.rvi.domain.support.SupportAgentAction;
import dev.rvi.domain.support.SupportContract;
import dev.rvi.domain.support.SupportQuery;
import dev.rvi.domain.support.SupportRequestFiling;
import dev.rvi.domain.support.TradeInTarget;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Support requests: filed and read by partners, worked by the operator's support agents. */
public final class SupportRoutes {
  private static final String SOURCE = "gateway";
  private static final Pattern ID = PathIds.ID;
  private static final Set<String> STATUSES = Set.of("new", "inProgress", "approved", "completed", "rejected", "closed");

  private final BusClient bus;
  private final ServiceCall service;

  public SupportRoutes(BusClient bus) {
    this.bus = bus;
    this.service = new ServiceCall(bus, Math.max(bus.timeoutMs(), 30_000));
  }


  private static SupportQuery query(RoutingContext ctx, String id, String customerId) {
    Query q = new Query(ctx);
    String status = q.choice("status", s -> Optional.of(s).filter(STATUSES::contains), String.join(", ", STATUSES));
    String partner = q.string("partner");
    if (partner != null && !ID.matcher(partner).matches()) {
      throw Errors.badRequest(SOURCE, "partner must be a tenant id");
    }
    return new SupportQuery(id, customerId, status, partner, q.integer("olderThanHours", 0, 24 * 3650),
        q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(), q.pageUri());
  }

  public Future<String> file(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    Object action = Bodies.field(body, "requestedAction");
    String requested;
    JsonArray targets = Bodies.array(body, "reservationsToPurchase");
    JsonObject plan = Bodies.object(body, "savingsPlan");
    if (action instanceof JsonObject a) {
      requested = Bodies.string(a, "type");
      targets = targets != null ? targets : Bodies.array(a, "reservationsToPurchase");
      plan = plan != null ? plan : Bodies.object(a, "savingsPlan");
    } else if (action == null || action instanceof String) {
      requested = (String) action;
    } else {
      throw Errors.badRequest(SOURCE, "requestedAction must be refund, exchange or tradeIn");
    }
    JsonObject exchangeTarget = Bodies.object(body, "exchangeTarget");
    if (targets == null && exchangeTarget != null) {
      targets = Bodies.array(exchangeTarget, "reservationsToPurchase");
    }
    List<ExchangeRequest.Purchase> purchases = null;
    if (targets != null) {
      purchases = new ArrayList<>();
      for (Object o : targets) {
        if (!(o instanceof JsonObject p)) {
          throw Errors.badRequest(SOURCE, "each exchange target is {catalogItemId, quantity, termDuration, provisioningContext}");
        }
        JsonObject context = Bodies.object(p, "provisioningContext") == null ? new JsonObject() : Bodies.object(p, "provisioningContext");
        Object quantity = Bodies.field(p, "quantity");
        purchases.add(new ExchangeRequest.Purchase(Bodies.string(p, "catalogItemId"),
            quantity instanceof Number n ? n.intValue() : null, Bodies.string(p, "termDuration"),
            Bodies.string(context, "subscriptionId"), Bodies.string(context, "scope"),
            Bodies.string(p, "billingPlan") != null ? Bodies.string(p, "billingPlan") : Bodies.string(context, "billingPlan"), null, null));
      }
    }
    JsonObject tradeInTarget = Bodies.object(body, "tradeInTarget");
    if (plan == null && tradeInTarget != null) {
      plan = Bodies.object(tradeInTarget, "savingsPlan");
    }
    JsonObject contact = Bodies.object(body, "contact");
    if (contact == null) {
      throw Errors.badRequest(SOURCE, "contact is required: preferredContactMethod, name, email or phone");
    }
    Object quantity = Bodies.field(body, "quantity");
    if (quantity != null && !(quantity instanceof Number n && n.intValue() == n.doubleValue())) {
      throw Errors.badRequest(SOURCE, "quantity must be a whole number");
    }
    String reservationId = Bodies.string(body, "reservationId");
    String reservationOrderId = Bodies.string(body, "reservationOrderId");
    for (String value : new String[] {reservationId, reservationOrderId}) {
      if (value != null && !ID.matcher(value).matches()) {
        throw Errors.badRequest(SOURCE, "reservationId and reservationOrderId are ids");
      }
    }
    SupportRequestFiling filing = new SupportRequestFiling(id(ctx, "customerId"), reservationId, reservationOrderId,
        Bodies.string(body, "issueType"), Bodies.string(body, "problemType"), Bodies.string(body, "category"), requested,
        quantity == null ? null : ((Number) quantity).intValue(), purchases, plan == null ? null : tradeInTarget(plan),
        new Contact(Bodies.string(contact, "preferredContactMethod"), Bodies.string(contact, "name"), Bodies.string(contact, "email"),
            Bodies.string(contact, "phone"), Bodies.string(contact, "language"), Bodies.string(contact, "timeZone")),
        Bodies.string(body, "description"));
    return service.ask(ctx, caller, SupportContract.FILE, filing);
  }

  /**
   * A trade-in's savings plan, as {@code calculateTradeIn} names it: {@code term}, {@code billingPlan},
   * {@code appliedScopeType}, {@code subscriptionId}, optionally {@code commitment {amount}} or {@code hourlyCommitment}.
   */
  private static TradeInTarget tradeInTarget(JsonObject plan) {
    JsonObject commitment = Bodies.object(plan, "commitment");
    BigDecimal hourly = SavingsPlanRoutes.amount(commitment != null ? commitment : plan, commitment != null ? "amount" : "hourlyCommitment");
    String scope = Bodies.string(plan, "appliedScopeType");
    return new TradeInTarget(Bodies.string(plan, "term"), Bodies.string(plan, "billingPlan"),
        scope == null || scope.isEmpty() ? scope : scope.substring(0, 1).toUpperCase(Locale.ROOT) + scope.substring(1).toLowerCase(Locale.ROOT),
        Bodies.string(plan, "subscriptionId"), hourly);
  }

  public Future<String> listForCustomer(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.LIST_FOR_CUSTOMER, query(ctx, null, id(ctx, "customerId")));
  }

  public Future<String> getForPartner(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.GET_FOR_PARTNER, query(ctx, id(ctx, "supportRequestId"), id(ctx, "customerId")));
  }

  /** The partner's requests across its customers, optionally one customer's ({@code customerId}). */
  public Future<String> listForPartner(RoutingContext ctx, Caller caller) {
    String customer = new Query(ctx).string("customerId");
    if (customer != null && !ID.matcher(customer).matches()) {
      throw Errors.badRequest(SOURCE, "customerId is not an id");
    }
    return service.ask(ctx, caller, SupportContract.LIST_FOR_PARTNER, query(ctx, null, customer));
  }

  public Future<String> partnerNote(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.PARTNER_NOTE, new PartnerNote(id(ctx, "customerId"), id(ctx, "supportRequestId"),
        Bodies.string(Bodies.object(ctx), "text")));
  }

  public Future<String> queue(RoutingContext ctx, Caller caller) {
    SupportQuery base = query(ctx, null, null);
    Query q = new Query(ctx);
    return service.ask(ctx, caller, SupportContract.QUEUE, new SupportQuery(null, null, base.status(), base.partnerId(), base.olderThanHours(),
        base.size(), base.offset(), base.pageUri(), q.sort(ListSorts.SUPPORT_QUEUE), q.filterText()));
  }

  public Future<String> getForAgent(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.GET_FOR_AGENT, query(ctx, id(ctx, "supportRequestId"), null));
  }

  private SupportAgentAction action(RoutingContext ctx) {
    boolean empty = ctx.body() == null || ctx.body().buffer() == null || ctx.body().buffer().length() == 0;
    JsonObject body = empty ? new JsonObject() : Bodies.object(ctx);
    String assignee = Bodies.string(body, "assignee");
    if (assignee != null && !ID.matcher(assignee).matches()) {
      throw Errors.badRequest(SOURCE, "assignee must be a user id");
    }
    return new SupportAgentAction(id(ctx, "supportRequestId"), assignee, Bodies.string(body, "text"), Bodies.string(body, "visibility"),
        Bodies.string(body, "reason"));
  }

  public Future<String> assign(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.ASSIGN, action(ctx));
  }

  public Future<String> note(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.NOTE, action(ctx));
  }

  public Future<String> approve(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.APPROVE, action(ctx));
  }

  public Future<String> reject(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.REJECT, action(ctx));
  }

  public Future<String> close(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, SupportContract.CLOSE, action(ctx));
  }
}
