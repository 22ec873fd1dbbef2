package dev.rvi.support;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.directory.NameQuery;
import dev.rvi.domain.directory.Names;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.domain.support.PartnerNote;
import dev.rvi.domain.support.SupportAgentAction;
import dev.rvi.domain.support.SupportQuery;
import dev.rvi.domain.support.SupportQuote;
import dev.rvi.domain.support.SupportQuoteRequest;
import dev.rvi.domain.support.SupportRequestFiling;
import dev.rvi.domain.support.TradeInTarget;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Refund, exchange and trade-in requests filed on behalf of a customer and worked by the operator's support
 * agents. States: new → inProgress → approved → completed, or rejected; closed at the end. Approval
 * carries out the refund, exchange or trade-in in the order service with the request id as its idempotency key,
 * so a repeated approval, a retry after a timeout or a crash in between never refunds twice.
 */
public final class SupportRequests {
  static final String SOURCE = "support";
  private static final Set<String> METHODS = Set.of("email", "phone");
  private static final Set<String> ACTIONS = Set.of("refund", "exchange", "tradeIn");
  private static final Set<String> TERMS = Set.of("P1Y", "P3Y");
  private static final Set<String> BILLING_PLANS = Set.of("Upfront", "Monthly");
  private static final Set<String> SCOPES = Set.of("Single", "Shared");
  /** The states a request awaits approval in: only then has it a quote. */
  private static final Set<String> OPEN = Set.of("new", "inProgress");
  /** The quote waits a third of the bus timeout, so the request is answered before the gateway gives up. */
  private static final long QUOTE_TIMEOUT_SHARE = 3;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Pool pool;
  private final Clock clock;
  private final BusClient bus;

  public SupportRequests(Pool pool, Clock clock, BusClient bus) {
    this.pool = pool;
    this.clock = clock;
    this.bus = bus;
  }

  // Filing (partner staff)

  public Future<JsonObject> file(Caller caller, SupportRequestFiling f, String requestId) {
    validate(f);
    return bus.ask(OrderContract.RESERVATION_FOR_SUPPORT, new ReservationRef(f.customerId(), f.reservationOrderId(), f.reservationId()),
            caller, requestId)
        .compose(reservation -> {
          int held = reservation.quantity();
          int quantity = f.quantity() == null ? held : f.quantity();
          if (held == 0) {
            throw Errors.conflict(SOURCE, "the reservation holds nothing any more");
          }
          if (quantity < 1 || quantity > held) {
            throw Errors.badRequest(SOURCE, "quantity must be 1 to " + held);
          }
          String id = UUID.randomUUID().toString();
          OffsetDateTime now = OffsetDateTime.now(clock);
          String target = f.exchangeTarget() == null ? null : Jsons.encode(f.exchangeTarget());
          String plan = f.tradeInTarget() == null ? null : Jsons.encode(f.tradeInTarget());
          return pool.withTransaction(conn -> conn.preparedQuery(SupportSql.INSERT).execute(Tuple.from(new Object[] {id,
                  caller.tenantId(), f.customerId(), reservation.reservationId(), reservation.reservationOrderId(),
                  reservation.subscriptionId(), f.issueType(), f.problemType(), f.category(), f.requestedAction(), quantity,
                  target, plan, Jsons.encode(f.contact()), f.description(), caller.userId(), now}))
              .compose(v -> event(conn, id, caller.userId(), "partner", "created", "partner",
                  new JsonObject().put("requestedAction", f.requestedAction()).put("quantity", quantity)))
              .compose(v -> load(conn, SupportSql.BY_ID, Tuple.of(id))))
              .compose(request -> withHistory(request, false));
        });
  }

  private static void validate(SupportRequestFiling f) {
    if (!"Billing".equals(f.issueType())) {
      throw Errors.badRequest(SOURCE, "issueType must be Billing");
    }
    if (!"ReservationManagement".equals(f.problemType())) {
      throw Errors.badRequest(SOURCE, "problemType must be ReservationManagement");
    }
    if (!"ExchangeAndRefund".equals(f.category())) {
      throw Errors.badRequest(SOURCE, "category must be ExchangeAndRefund");
    }
    if (f.reservationId() == null || f.reservationOrderId() == null) {
      throw Errors.badRequest(SOURCE, "reservationId and reservationOrderId are required (the reservation's properties)");
    }
    if (f.requestedAction() == null || !ACTIONS.contains(f.requestedAction())) {
      throw Errors.badRequest(SOURCE, "requestedAction must be refund, exchange or tradeIn");
    }
    if ("exchange".equals(f.requestedAction()) && (f.exchangeTarget() == null || f.exchangeTarget().isEmpty())) {
      throw Errors.badRequest(SOURCE, "an exchange names its target: reservationsToPurchase");
    }
    if ("tradeIn".equals(f.requestedAction())) {
      validate(f.tradeInTarget());
    }
    if (f.contact() == null || f.contact().preferredContactMethod() == null || !METHODS.contains(f.contact().preferredContactMethod())) {
      throw Errors.badRequest(SOURCE, "contact.preferredContactMethod must be email or phone");
    }
    if (f.contact().name() == null || f.contact().name().isBlank()) {
      throw Errors.badRequest(SOURCE, "contact.name is required");
    }
    if ("email".equals(f.contact().preferredContactMethod()) && (f.contact().email() == null || f.contact().email().isBlank())) {
      throw Errors.badRequest(SOURCE, "contact.email is required when the preferred method is email");
    }
    if (f.contact().email() != null && !f.contact().email().isBlank() && !EMAIL.matcher(f.contact().email().trim()).matches()) {
      throw Errors.badRequest(SOURCE, "contact.email " + f.contact().email() + " is not an email address");
    }
    if ("phone".equals(f.contact().preferredContactMethod()) && (f.contact().phone() == null || f.contact().phone().isBlank())) {
      throw Errors.badRequest(SOURCE, "contact.phone is required when the preferred method is phone");
    }
    if (f.description() != null && f.description().length() > 4000) {
      throw Errors.badRequest(SOURCE, "description is at most 4000 characters");
    }
  }

  /** The savings plan's shape; whether the reservation's credit allows it is the order service's to say at approval. */
  private static void validate(TradeInTarget plan) {
    if (plan == null) {
      throw Errors.badRequest(SOURCE, "a trade-in names its target: savingsPlan {term, billingPlan, appliedScopeType, subscriptionId}");
    }
    if (plan.term() == null || !TERMS.contains(plan.term())) {
      throw Errors.badRequest(SOURCE, "savingsPlan.term must be P1Y or P3Y");
    }
    if (plan.billingPlan() != null && !BILLING_PLANS.contains(plan.billingPlan())) {
      throw Errors.badRequest(SOURCE, "savingsPlan.billingPlan must be Upfront or Monthly");
    }
    if (plan.appliedScopeType() != null && !SCOPES.contains(plan.appliedScopeType())) {
      throw Errors.badRequest(SOURCE, "savingsPlan.appliedScopeType must be Single or Shared");
    }
    if (plan.subscriptionId() == null || plan.subscriptionId().isBlank()) {
      throw Errors.badRequest(SOURCE, "savingsPlan.subscriptionId is required: the subscription the plan is billed to");
    }
    if (plan.hourlyCommitment() != null && plan.hourlyCommitment().signum() <= 0) {
      throw Errors.badRequest(SOURCE, "savingsPlan.hourlyCommitment must be more than 0");
    }
  }

  // The partner's view

  /**
   * A request of the caller's partner. A sales or helpdesk agent sees it only with explicit access to the reservation's
   * subscription (the order service says which it has), as it may file one only then.
   */
  public Future<JsonObject> forPartner(Caller caller, SupportQuery q, String requestId) {
    return bus.ask(DirectoryContract.CUSTOMER_ACCESS, new CustomerRef(q.customerId()), caller, requestId)
        .compose(access -> load(pool, SupportSql.FOR_PARTNER, Tuple.of(q.id(), q.customerId(), caller.tenantId())).map(request -> {
          if (!access.allows(request.subscriptionId())) {
            throw ApiError.of(403, ErrorCode.FORBIDDEN, "user " + caller.userId() + " has no explicit access to subscription "
                + request.subscriptionId() + ", which this request is about", SOURCE).exception();
          }
          return request;
        }))
        .compose(request -> withHistory(request, false));
  }

  /** A customer's requests (an agent's: those of the subscriptions it has access to); another partner's customer is a 404. */
  public Future<JsonObject> listForCustomer(Caller caller, SupportQuery q, String requestId) {
    int offset = q.offset() == null ? 0 : q.offset();
    return bus.ask(DirectoryContract.CUSTOMER_ACCESS, new CustomerRef(q.customerId()), caller, requestId)
        .compose(access -> pool.preparedQuery(SupportSql.LIST_FOR_CUSTOMER).execute(Tuple.of(q.customerId(), caller.tenantId(), q.status(),
            q.size(), offset, access.everySubscription() ? null : access.subscriptionIds().toArray(String[]::new))))
        .map(rows -> collection(rows, offset, q.pageUri()));
  }

  /**
   * The partner's requests across its customers (its admin agents see all of them); a customer filter that is not the
   * partner's is a 404.
   */
  public Future<JsonObject> listForPartner(Caller caller, SupportQuery q, String requestId) {
    int offset = q.offset() == null ? 0 : q.offset();
    Future<?> customer = q.customerId() == null ? Future.succeededFuture()
        : bus.ask(DirectoryContract.CUSTOMER_ACCESS, new CustomerRef(q.customerId()), caller, requestId);
    return customer.compose(v -> pool.preparedQuery(SupportSql.LIST_FOR_PARTNER).execute(Tuple.of(caller.tenantId(), q.customerId(), q.status(),
            q.size(), offset)))
        .map(rows -> collection(rows, offset, q.pageUri()));
  }

  /** A partner's note on its own request: the support agents and the partner see it in the history. */
  public Future<JsonObject> partnerNote(Caller caller, PartnerNote n, String requestId) {
    if (n.text() == null || n.text().isBlank() || n.text().length() > 4000) {
      throw Errors.badRequest(SOURCE, "text is required (at most 4000 characters)");
    }
    return bus.ask(DirectoryContract.CUSTOMER_ACCESS, new CustomerRef(n.customerId()), caller, requestId)
        .compose(access -> pool.withTransaction(conn -> load(conn, SupportSql.LOCK_FOR_PARTNER, Tuple.of(n.id(), n.customerId(), caller.tenantId()))
            .compose(request -> {
              if (!access.allows(request.subscriptionId())) {
                throw ApiError.of(403, ErrorCode.FORBIDDEN, "user " + caller.userId() + " has no explicit access to subscription "
                    + request.subscriptionId() + ", which this request is about", SOURCE).exception();
              }
              return event(conn, n.id(), caller.userId(), "partner", "note", "partner", new JsonObject().put("text", n.text()));
            })))
        .compose(v -> forPartner(caller, new SupportQuery(n.id(), n.customerId(), null, null, null, null, null, null), requestId));
  }

  // Support agents

  /** The agents' queue, each request with its partner's and customer's names (asked of the directory once per page). */
  public Future<JsonObject> queue(Caller agent, SupportQuery q, String requestId) {
    int offset = q.offset() == null ? 0 : q.offset();
    OffsetDateTime olderThan = q.olderThanHours() == null ? null : OffsetDateTime.now(clock).minusHours(q.olderThanHours());
    SortOrder sort = SortOrder.checked(q.sort(), ListSorts.SUPPORT_QUEUE, SOURCE);
    String text = ListSorts.contains(q.q());
    return named(agent, text, requestId).compose(matching -> pool.preparedQuery(SupportSql.queue(sort)).execute(Tuple.from(new Object[] {
        q.status(), q.partnerId(), olderThan, q.size(), offset, text, matching.partners().keySet().toArray(String[]::new),
        matching.customers().keySet().toArray(String[]::new)}))).compose(rows -> {
      List<SupportRequest> requests = new ArrayList<>();
      rows.forEach(row -> requests.add(SupportRequestMapper.of(row)));
      long total = SupportRequestMapper.total(rows);
      return names(agent, requests, requestId).map(names -> {
        JsonArray items = new JsonArray();
        requests.forEach(r -> items.add(SupportRequestView.named(SupportRequestView.of(r), r, names)));
        return CollectionPage.of(items, total, offset, q.pageUri());
      });
    });
  }

  /** The partners and customers whose names match the queue's filter (none without one, or without the directory). */
  private Future<Names> named(Caller agent, String pattern, String requestId) {
    if (pattern == null) {
      return Future.succeededFuture(new Names(Map.of(), Map.of()));
    }
    return bus.ask(DirectoryContract.NAMES, new NameQuery(List.of(), List.of(), pattern), agent, requestId)
        .recover(e -> Future.succeededFuture(new Names(Map.of(), Map.of())));
  }

  /**
   * A request as an agent opens it: its history with internal notes, the partner's and the customer's names, and, while it
   * awaits approval, what approving it would refund or credit now.
   */
  public Future<JsonObject> forAgent(Caller agent, SupportQuery q, String requestId) {
    return load(pool, SupportSql.BY_ID, Tuple.of(q.id())).compose(request -> withHistory(request, true)
        .compose(view -> names(agent, List.of(request), requestId).map(names -> SupportRequestView.named(view, request, names)))
        .compose(view -> quote(agent, request, requestId).map(quote -> SupportRequestView.quoted(view, quote))));
  }

  /**
   * The order service's quote of an open request, as the partner's calculation gives it. Asked with a shorter timeout than
   * the gateway's, so that without the order service the request is still answered, saying why it has no quote.
   */
  private Future<Quoted> quote(Caller agent, SupportRequest request, String requestId) {
    if (!OPEN.contains(request.status())) {
      return Future.succeededFuture(new Quoted(null, "the request is " + request.status() + "; a quote is shown only while it awaits approval"));
    }
    long timeout = Math.max(1, bus.timeoutMs() / QUOTE_TIMEOUT_SHARE);
    return bus.ask(OrderContract.QUOTE_FOR_SUPPORT, quoteRequest(request), agent, requestId, timeout, Map.of(Headers.ON_BEHALF_OF, request.partnerId()))
        .map(quote -> new Quoted(quote, null))
        .recover(e -> Future.succeededFuture(new Quoted(null, e instanceof ApiException api && api.error().httpStatus() < 500
            ? "the order service refused to quote: " + api.error().description()
            : "the order service did not answer in time; approve to have it calculated")));
  }

  /** A request's quote, or why it has none. */
  record Quoted(SupportQuote quote, String absent) {}

  /** What approving would carry out, without the request's id as its key: a quote only. */
  private static SupportQuoteRequest quoteRequest(SupportRequest request) {
    return switch (request.requestedAction()) {
      case "refund" -> new SupportQuoteRequest(new RefundRequest(request.customerId(), request.reservationOrderId(), request.reservationId(),
          request.quantity(), null, null, null), null, null);
      case "exchange" -> new SupportQuoteRequest(null, new ExchangeRequest(request.customerId(),
          List.of(new ExchangeRequest.Return(request.reservationId(), request.quantity())), request.exchangeTarget(), null, null), null);
      case "tradeIn" -> {
        TradeInTarget plan = request.tradeInTarget();
        yield new SupportQuoteRequest(null, null, new TradeInRequest(request.customerId(),
            List.of(new TradeInRequest.Return(request.reservationOrderId(), request.reservationId(), request.quantity())), plan.term(),
            plan.billingPlan(), plan.hourlyCommitment(), plan.appliedScopeType(), plan.subscriptionId(), null, null, null));
      }
      default -> throw new IllegalStateException("a request asks for " + request.requestedAction());
    };
  }

  public Future<JsonObject> forAgent(SupportQuery q) {
    return load(pool, SupportSql.BY_ID, Tuple.of(q.id())).compose(request -> withHistory(request, true));
  }

  /** The names of the requests' partners and customers; without the directory, none (the ids still show). */
  private Future<Names> names(Caller agent, List<SupportRequest> requests, String requestId) {
    if (requests.isEmpty()) {
      return Future.succeededFuture(new Names(Map.of(), Map.of()));
    }
    List<String> partners = requests.stream().map(SupportRequest::partnerId).distinct().toList();
    List<String> customers = requests.stream().map(SupportRequest::customerId).distinct().toList();
    return bus.ask(DirectoryContract.NAMES, new NameQuery(partners, customers), agent, requestId)
        .recover(e -> Future.succeededFuture(new Names(Map.of(), Map.of())));
  }

  public Future<JsonObject> assign(Caller agent, SupportAgentAction a) {
    String assignee = a.assignee() == null ? agent.userId() : a.assignee();
    return transition(a.id(), Set.of("new", "inProgress"), "inProgress", agent, "assigned", new JsonObject().put("assignee", assignee), assignee);
  }

  public Future<JsonObject> note(Caller agent, SupportAgentAction a) {
    String visibility = a.visibility() == null ? "internal" : a.visibility();
    if (!Set.of("internal", "partner").contains(visibility)) {
      throw Errors.badRequest(SOURCE, "visibility must be internal or partner");
    }
    if (a.text() == null || a.text().isBlank() || a.text().length() > 4000) {
      throw Errors.badRequest(SOURCE, "text is required (at most 4000 characters)");
    }
    return pool.withTransaction(conn -> load(conn, SupportSql.LOCK, Tuple.of(a.id()))
            .compose(request -> event(conn, a.id(), agent.userId(), "supportAgent", "note", visibility, new JsonObject().put("text", a.text()))))
        .compose(v -> forAgent(new SupportQuery(a.id(), null, null, null, null, null, null, null)));
  }

  public Future<JsonObject> reject(Caller agent, SupportAgentAction a) {
    if (a.reason() == null || a.reason().isBlank() || a.reason().length() > 2000) {
      throw Errors.badRequest(SOURCE, "reason is required (at most 2000 characters)");
    }
    return transition(a.id(), Set.of("new", "inProgress"), "rejected", agent, "rejected", new JsonObject().put("reason", a.reason()), null);
  }

  public Future<JsonObject> close(Caller agent, SupportAgentAction a) {
    return transition(a.id(), Set.of("completed", "rejected"), "closed", agent, "closed", new JsonObject(), null);
  }

  /** Approve and carry out; safe to repeat while the request is approved but not yet completed. */
  public Future<JsonObject> approve(Caller agent, SupportAgentAction a, String requestId) {
    return pool.withTransaction(conn -> load(conn, SupportSql.LOCK, Tuple.of(a.id())).compose(request -> {
          String status = request.status();
          if ("completed".equals(status)) {
            return Future.succeededFuture(false);
          }
          if (!"inProgress".equals(status) && !"approved".equals(status)) {
            throw Errors.conflict(SOURCE, "a request in state " + status + " cannot be approved; assign it first");
          }
          if ("approved".equals(status)) {
            return Future.succeededFuture(true);
          }
          return setStatus(conn, a.id(), "approved", null, null, null)
              .compose(v -> event(conn, a.id(), agent.userId(), "supportAgent", "approved", "partner", new JsonObject()))
              .map(v -> true);
        }))
        .compose(execute -> !execute ? forAgent(query(a.id()))
            : load(pool, SupportSql.BY_ID, Tuple.of(a.id())).compose(request -> carryOut(agent, request, requestId)));
  }

  private Future<JsonObject> carryOut(Caller agent, SupportRequest request, String requestId) {
    String id = request.id();
    return orderService(agent, request, requestId).compose(result -> pool.withTransaction(conn -> load(conn, SupportSql.LOCK, Tuple.of(id)).compose(current -> {
          if (!"approved".equals(current.status())) {
            return Future.succeededFuture();
          }
          return setStatus(conn, id, "completed", null, null, result.json())
              .compose(v -> event(conn, id, "system", "system", "completed", "partner", new JsonObject().put("result", new JsonObject(result.json()))));
        })).compose(v -> forAgent(query(id))),
        failure -> recordFailure(id, failure).compose(v -> Future.failedFuture(failure)));
  }

  /** The order service carries out what the request asks, once under the request's id. */
  private Future<Document> orderService(Caller agent, SupportRequest request, String requestId) {
    String id = request.id();
    // The agent stays the caller (the order service checks the role again); the partner is named beside it.
    Map<String, String> onBehalf = Map.of(Headers.ON_BEHALF_OF, request.partnerId());
    return switch (request.requestedAction()) {
      case "refund" -> bus.ask(OrderContract.REFUND_FOR_SUPPORT, new RefundRequest(request.customerId(), request.reservationOrderId(),
          request.reservationId(), request.quantity(), null, "support request " + id, id), agent, requestId, onBehalf);
      case "exchange" -> bus.ask(OrderContract.EXCHANGE_FOR_SUPPORT, new ExchangeRequest(request.customerId(),
          List.of(new ExchangeRequest.Return(request.reservationId(), request.quantity())), request.exchangeTarget(), null, id),
          agent, requestId, onBehalf);
      case "tradeIn" -> {
        TradeInTarget plan = request.tradeInTarget();
        yield bus.ask(OrderContract.TRADE_IN_FOR_SUPPORT, new TradeInRequest(request.customerId(),
            List.of(new TradeInRequest.Return(request.reservationOrderId(), request.reservationId(), request.quantity())), plan.term(),
            plan.billingPlan(), plan.hourlyCommitment(), plan.appliedScopeType(), plan.subscriptionId(), null, null, id),
            agent, requestId, onBehalf);
      }
      default -> throw new IllegalStateException("a request asks for " + request.requestedAction());
    };
  }

  /**
   * The order service refused (policy: the cap is reached) or could not be reached. A refusal puts the
   * request back in progress showing the policy error; an outage leaves it approved for a retry.
   */
  private Future<Void> recordFailure(String id, Throwable failure) {
    boolean refused = failure instanceof ApiException api && api.error().httpStatus() < 500;
    String message = failure instanceof ApiException api ? api.error().description() : "the order service failed";
    return pool.withTransaction(conn -> load(conn, SupportSql.LOCK, Tuple.of(id)).compose(request -> {
      if (!"approved".equals(request.status())) {
        return Future.succeededFuture();
      }
      Future<Void> status = refused ? setStatus(conn, id, "inProgress", null, message, null) : Future.succeededFuture();
      return status.compose(v -> event(conn, id, "system", "system", refused ? "policyRefused" : "executionFailed", "partner",
          new JsonObject().put("error", message)));
    }));
  }

  private Future<JsonObject> transition(String id, Set<String> from, String to, Caller agent, String kind, JsonObject detail, String assignee) {
    return pool.withTransaction(conn -> load(conn, SupportSql.LOCK, Tuple.of(id)).compose(request -> {
          if (!from.contains(request.status())) {
            throw Errors.conflict(SOURCE, "a request in state " + request.status() + " cannot become " + to);
          }
          return setStatus(conn, id, to, assignee, "rejected".equals(to) ? null : request.policyError(), null)
              .compose(v -> event(conn, id, agent.userId(), "supportAgent", kind, "partner", detail));
        }))
        .compose(v -> forAgent(query(id)));
  }

  private static SupportQuery query(String id) {
    return new SupportQuery(id, null, null, null, null, null, null, null);
  }

  private Future<Void> setStatus(SqlClient sql, String id, String status, String assignee, String policyError, String result) {
    return sql.preparedQuery(SupportSql.SET_STATUS).execute(Tuple.of(id, status, assignee, policyError, result, OffsetDateTime.now(clock)))
        .mapEmpty();
  }

  /** A line of the request's history; one the partner sees is also the partner's {@code supportRequest.changed} event, in the same transaction. */
  private Future<Void> event(SqlClient sql, String id, String actor, String actorType, String kind, String visibility, JsonObject detail) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Future<Void> line = sql.preparedQuery(SupportSql.EVENT).execute(Tuple.of(id, now, actor, actorType, kind, visibility, detail.encode())).mapEmpty();
    return "partner".equals(visibility) ? line.compose(v -> sql.preparedQuery(SupportSql.CHANGED_EVENT).execute(Tuple.of(id, now, kind)).mapEmpty())
        : line;
  }

  private static Future<SupportRequest> load(SqlClient sql, String statement, Tuple params) {
    return sql.preparedQuery(statement).execute(params).map(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(404, ErrorCode.NOT_FOUND, "support request not found", SOURCE).exception();
      }
      return SupportRequestMapper.of(rows.iterator().next());
    });
  }

  private Future<JsonObject> withHistory(SupportRequest request, boolean internal) {
    return pool.preparedQuery(SupportSql.EVENTS).execute(Tuple.of(request.id(), internal)).map(events -> {
      List<SupportEvent> history = new ArrayList<>();
      events.forEach(e -> history.add(SupportEventMapper.of(e)));
      return SupportRequestView.withHistory(request, history);
    });
  }

  private static JsonObject collection(RowSet<Row> rows, int offset, String pageUri) {
    JsonArray items = new JsonArray();
    rows.forEach(row -> items.add(SupportRequestView.of(SupportRequestMapper.of(row))));
    return CollectionPage.of(items, SupportRequestMapper.total(rows), offset, pageUri);
  }
}
