package dev.rvi.order.savingsplan;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.SavingsPlanCommitment;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.domain.savingsplan.TradeInRequest;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.cart.LineTiers;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.OrderWriter;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.customer.Subscription;
import dev.rvi.order.customer.SubscriptionMapper;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.quote.QuoteSessions;
import dev.rvi.order.reservation.GivenBack;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ExchangeCredits;
import dev.rvi.order.tier.TierChain;
import dev.rvi.order.tier.TierPrice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trade-in: VM reservations are given back for a new savings plan. Their prorated remaining value is credited with no
 * fee and does not count against the refund limit (a monthly reservation's payments still to come are cancelled, as in
 * an exchange); the plan's total commitment over its term must be at least that credit. No time limit and no cutover:
 * a reservation too new to exchange can still be traded in. A quote opens a session; the trade-in carries it out in one
 * transaction, once.
 */
public final class TradeIns {
  private static final String SOURCE = "order";
  /** Microsoft takes up to 100 reservations in one trade-in. */
  static final int MAX_RETURNS = 100;

  private final Pool pool;
  private final Clock clock;
  private final RefundPolicy policy;
  private final CatalogClient catalog;
  private final Duration sessionTtl;
  private final QuoteSessions<TradeInPlan, TradeInResult> sessions;

  public TradeIns(Pool pool, Clock clock, RefundPolicy policy, CatalogClient catalog, Duration sessionTtl) {
    this.pool = pool;
    this.clock = clock;
    this.policy = policy;
    this.catalog = catalog;
    this.sessionTtl = sessionTtl;
    this.sessions = new QuoteSessions<>(pool, "trade-in", OrderSql.TRADE_IN_SESSION_LOCK, OrderSql.TRADE_IN_SESSION_GET, OrderSql.TRADE_IN_BY_KEY,
        TradeInSessionMapper::of);
  }

  public Future<TradeInPlan> calculate(Caller caller, TradeInRequest q, String requestId) {
    List<TradeInRequest.Return> returns = q.reservationsToReturn() == null ? List.of() : q.reservationsToReturn();
    if (returns.isEmpty() || returns.size() > MAX_RETURNS) {
      throw Errors.badRequest(SOURCE, "a trade-in names 1 to " + MAX_RETURNS + " reservations in reservationsToReturn");
    }
    if (returns.stream().anyMatch(r -> r.reservationId() == null || r.reservationId().isBlank())) {
      throw Errors.badRequest(SOURCE, "each of reservationsToReturn names its reservationId");
    }
    if (returns.stream().map(TradeInRequest.Return::reservationId).distinct().count() != returns.size()) {
      throw Errors.badRequest(SOURCE, "each reservation is named once in reservationsToReturn");
    }
    Term term = Term.parse(q.term()).orElseThrow(() -> Errors.badRequest(SOURCE, "savingsPlan.term must be P1Y or P3Y"));
    BillingPlan billing = q.billingPlan() == null ? BillingPlan.Upfront : BillingPlan.parse(q.billingPlan())
        .orElseThrow(() -> Errors.badRequest(SOURCE, "savingsPlan.billingPlan must be Upfront or Monthly"));
    String scope = q.appliedScopeType() == null ? "Shared" : q.appliedScopeType();
    if (!scope.equals("Single") && !scope.equals("Shared")) {
      throw Errors.badRequest(SOURCE, "savingsPlan.appliedScopeType must be Single or Shared");
    }
    if (q.subscriptionId() == null || q.subscriptionId().isBlank()) {
      throw Errors.badRequest(SOURCE, "savingsPlan.subscriptionId is required: the subscription it is billed to (and, Single, applies to)");
    }
    if (q.hourlyCommitment() != null
        && (q.hourlyCommitment().signum() <= 0 || q.hourlyCommitment().compareTo(SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT) > 0)) {
      throw Errors.badRequest(SOURCE, "savingsPlan.hourlyCommitment must be more than 0 and at most "
          + SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT.toPlainString() + " an hour");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, q.customerId()).compose(customer ->
        subscription(partner, caller, q.customerId(), q.subscriptionId())
            .compose(v -> ReservationAccess.requireAll(pool, partner, caller, q.customerId(),
                returns.stream().map(TradeInRequest.Return::reservationId).toList()))
            .compose(reservations -> {
              // The plan takes over the first reservation's tiers and is priced by their lists in force today.
              Reservation first = reservations.get(0);
              Future<SavingsPlanItem> plan = catalog.resolvePlan(SavingsPlanProduct.catalogItemId(term), customer.country(), now,
                  LineTiers.ofBought(partner.id(), first.resellerPartnerId(), q.customerId()), requestId);
              Future<Map<String, List<TierPrice>>> fixed =
                  TierChain.fixed(pool, reservations.stream().map(Reservation::reservationOrderId).toList());
              return Future.all(plan, fixed).compose(both -> {
                SavingsPlanItem item = plan.result();
                if (item == null || !item.purchasable()) {
                  throw Errors.badRequest(SOURCE, "savings plans are not sold in the customer's market (" + customer.country() + ")");
                }
                return store(partner, q, returns, reservations, fixed.result(), item, term, billing, scope, now);
              });
            })));
  }

  private Future<TradeInPlan> store(PartnerContext partner, TradeInRequest q, List<TradeInRequest.Return> returns,
                                    List<Reservation> reservations, Map<String, List<TierPrice>> fixed, SavingsPlanItem item, Term term, BillingPlan billing, String scope,
                                    Instant now) {
    List<TradeInPlan.Return> planned = new ArrayList<>();
    BigDecimal credit = BigDecimal.ZERO;
    for (int i = 0; i < returns.size(); i++) {
      Reservation r = reservations.get(i);
      int quantity = returns.get(i).quantity() == null ? r.quantity() : returns.get(i).quantity();
      if (r.quantity() == 0) {
        throw Errors.badRequest(SOURCE, "reservation " + r.id() + " has nothing left to trade in (" + r.provisioningState() + ")");
      }
      if (quantity < 1 || quantity > r.quantity()) {
        throw Errors.badRequest(SOURCE, "reservationsToReturn[" + i + "].quantity must be 1 to " + r.quantity());
      }
      if (!now.isBefore(r.expiresAt())) {
        throw Errors.badRequest(SOURCE, "reservation " + r.id() + " has expired: there is nothing left to trade in");
      }
      if (!item.currencyCode().equals(r.currency())) {
        throw Errors.badRequest(SOURCE, "reservation " + r.id() + " is billed in " + r.currency() + ", the savings plan in "
            + item.currencyCode() + ": a trade-in stays in one currency");
      }
      RefundQuote value = policy.exchange(r.unitPrice(), quantity, r.effectiveAt(), r.expiresAt(), now, BillingPlan.valueOf(r.billingPlan()),
          Term.valueOf(r.term()));
      credit = credit.add(value.credit());
      planned.add(new TradeInPlan.Return(r.id(), r.reservationOrderId(), quantity, r.armSkuName(), value.credit(),
          value.cancelledPayments(), ExchangeCredits.of(policy, r, quantity, fixed.getOrDefault(r.reservationOrderId(), List.of()), now)));
    }
    BigDecimal minimum = SavingsPlanCommitment.smallestHourlyFor(credit, term, item.commitmentStep(), item.minimumHourlyCommitment());
    BigDecimal hourly = q.hourlyCommitment() == null ? minimum : q.hourlyCommitment();
    if (hourly.compareTo(minimum) < 0) {
      throw Errors.badRequest(SOURCE, "the new savings plan's total commitment over its term must be at least the trade-in's credit of "
          + credit.toPlainString() + " " + item.currencyCode() + ": commit at least " + minimum.toPlainString() + " "
          + item.currencyCode() + " an hour for " + term);
    }
    if (hourly.remainder(item.commitmentStep()).signum() != 0) {
      throw Errors.badRequest(SOURCE, "savingsPlan.hourlyCommitment must be a multiple of " + item.commitmentStep().toPlainString());
    }
    String currency = item.currencyCode();
    BigDecimal total = SavingsPlanCommitment.total(hourly, term);
    Reservation first = reservations.get(0);
    TradeInPlan plan = new TradeInPlan(UUID.randomUUID().toString(), new Money(credit, currency), minimum, new Money(hourly, currency),
        new Money(total, currency), new Money(total.subtract(credit), currency), now.plus(sessionTtl), planned,
        new TradeInPlan.NewPlan(item.catalogItemId(), term.name(), billing, scope, q.subscriptionId(), q.displayName()), item,
        new TradeInPlan.OnRecord(first.partnerIdOnRecord(), first.resellerPartnerId()));
    return pool.preparedQuery(OrderSql.TRADE_IN_SESSION_INSERT).execute(Tuple.of(plan.sessionId(), partner.id(), q.customerId(),
            Jsons.encode(plan), now.atOffset(ZoneOffset.UTC), plan.validUntil().atOffset(ZoneOffset.UTC)))
        .map(v -> plan.quote());
  }

  private Future<Void> subscription(PartnerContext partner, Caller caller, String customerId, String subscriptionId) {
    return pool.preparedQuery(OrderSql.SUBSCRIPTION_OWNED).execute(Tuple.of(subscriptionId, customerId, partner.id())).compose(rows -> {
      Subscription s = rows.size() == 0 ? null : SubscriptionMapper.of(rows.iterator().next());
      if (s == null) {
        throw Errors.badRequest(SOURCE, "subscription " + subscriptionId + " is not a valid Azure subscription of this customer");
      }
      if (!s.active() || !s.registered()) {
        throw Errors.badRequest(SOURCE, "subscription " + subscriptionId + " is not active and registered");
      }
      return AgentAccess.require(pool, partner, caller, subscriptionId);
    });
  }

  /** A quote read again by its session (Azure's poll of calculateExchange), as the caller's partner and customer have it. */
  public Future<TradeInPlan> quote(Caller caller, TradeInRequest q) {
    return PartnerContext.of(pool, caller).compose(partner -> sessions.plan(partner, q.sessionId(), q.customerId())).map(TradeInPlan::quote);
  }

  /** A carried-out trade-in read again by its session; one not carried out is not found (reading never carries it out). */
  public Future<TradeInResult> result(Caller caller, TradeInRequest q) {
    return PartnerContext.of(pool, caller).compose(partner -> sessions.result(partner, q.sessionId(), q.customerId()));
  }

  public Future<TradeInResult> execute(Caller caller, TradeInRequest q) {
    if (q.sessionId() == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateTradeIn");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> sessions.carryOutOnce(partner, q.sessionId(), q.customerId(), q.externalKey(),
            now, (conn, plan) -> carryOut(conn, caller, partner, q, plan, now))
        .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState())
            ? sessions.byExternalKey(partner, q.externalKey()) : Future.failedFuture(e)));
  }

  private Future<TradeInResult> carryOut(SqlConnection conn, Caller caller, PartnerContext partner, TradeInRequest q, TradeInPlan plan,
                                         Instant now) {
    List<TradeInPlan.Return> returns = plan.reservationsToReturn();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    TradeInPlan.NewPlan wanted = plan.savingsPlan();
    List<GivenBack.Instances> given = returns.stream()
        .map(r -> new GivenBack.Instances(r.reservationId(), r.quantity(), r.credit(), r.cancelledPayments(), r.tierCredits())).toList();
    return GivenBack.write(conn, partner, caller, q.customerId(), given, "tradeIn", "TradedIn", "tradeInSessionId", q.sessionId(), at)
        .compose(v -> {
          OrderWriter.PlanPurchase purchase = new OrderWriter.PlanPurchase(plan.item(), plan.hourlyCommitment().amount(),
              wanted.subscriptionId(), wanted.appliedScopeType(), wanted.displayName(), false, wanted.billingPlan(),
              returns.stream().map(TradeInPlan.Return::reservationId).toList(), null);
          PartnerOfRecord record = new PartnerOfRecord(plan.partnerOfRecord().resellerPartnerId(), plan.partnerOfRecord().mpnId());
          return OrderWriter.writePlans(conn, partner.id(), q.customerId(), null, "tradeIn", "tradeIn", record, List.of(purchase),
              caller.userId(), now, now);
        })
        .compose(written -> conn.preparedQuery(OrderSql.SAVINGS_PLAN_LOCK).execute(Tuple.of(written.reservationIds().get(0), partner.id()))
            .compose(rows -> {
              SavingsPlan bought = SavingsPlanMapper.of(rows.iterator().next());
              TradeInResult result = new TradeInResult(q.sessionId(), "Succeeded", plan.credit(), plan.totalCommitment(), returns,
                  SavingsPlanView.of(bought, now), written.order(), now);
              Future<Void> events = Future.succeededFuture();
              for (TradeInPlan.Return ret : returns) {
                events = events.compose(v -> PartnerEvents.write(conn, EventTypes.RESERVATION_TRADED_IN, partner.id(),
                    plan.partnerOfRecord().resellerPartnerId(), q.customerId(), now, new JsonObject().put("reservationId", ret.reservationId())
                        .put("reservationOrderId", ret.reservationOrderId()).put("quantity", ret.quantity())
                        .put("credit", ret.credit()).put("currencyCode", plan.credit().currencyCode())
                        .put("savingsPlanId", bought.id()).put("tradeInSessionId", q.sessionId())));
              }
              return events.compose(v -> conn.preparedQuery(OrderSql.TRADE_IN_SESSION_DONE)
                  .execute(Tuple.of(q.sessionId(), Jsons.encode(result), q.externalKey()))).map(v -> result);
            }));
  }

  /**
   * For a support request: the trade-in already made under this external key, or a fresh quote carried out at once (a
   * refused quote is a 422 with its reason). A concurrent duplicate loses on the key's unique index, or finds the
   * instances already given back, and answers the first trade-in.
   */
  public Future<TradeInResult> tradeInOnce(Caller caller, TradeInRequest request, String requestId) {
    if (request.externalKey() == null || request.externalKey().isBlank()) {
      throw Errors.badRequest(SOURCE, "a trade-in for a support request names its externalKey");
    }
    return PartnerContext.of(pool, caller).compose(partner -> sessions.byExternalKey(partner, request.externalKey())
        .compose(previous -> previous != null ? Future.succeededFuture(previous) : quoted(caller, request, requestId)
            .compose(quote -> execute(caller, new TradeInRequest(request.customerId(), null, null, null, null, null, null, null,
                quote.sessionId(), request.externalKey())))
            .recover(e -> sessions.byExternalKey(partner, request.externalKey())
                .compose(first -> first != null ? Future.succeededFuture(first) : Future.failedFuture(e)))));
  }

  private Future<TradeInPlan> quoted(Caller caller, TradeInRequest request, String requestId) {
    return Future.succeededFuture().compose(v -> calculate(caller, request, requestId))
        .recover(e -> Future.failedFuture(e instanceof ApiException refused && refused.error().httpStatus() == 400
            ? new ApiError(422, ErrorCode.UNPROCESSABLE, refused.error().description(), refused.error().data(), SOURCE).exception() : e));
  }
}
