package dev.rvi.order.exchange;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.money.Money;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.reservation.ExchangeRequest;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.cart.CartLine;
import dev.rvi.order.cart.Carts;
import dev.rvi.order.cart.LineChecks;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.catalog.PlannedItem;
import dev.rvi.order.checkout.OrderWriter;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.quote.QuoteSessions;
import dev.rvi.order.reservation.GivenBack;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ExchangeCredits;
import dev.rvi.order.tier.TierChain;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Exchange: the prorated value of the returned instances is refunded without fee and applied to new
 * reservations, which start now. Policy: like for like (VM for VM), one currency, and the new total
 * commitment at least the returned value. The quote opens a session; the exchange carries it out in
 * one transaction, once. Exchanges do not count against the refund cap.
 */
public final class Exchanges {
  private static final String SOURCE = "order";

  private final Pool pool;
  private final Clock clock;
  private final RefundPolicy policy;
  private final LineChecks checks;
  private final ExchangeEligibility eligibility;
  private final CatalogClient catalog;
  private final Duration sessionTtl;
  private final QuoteSessions<ExchangePlan, ExchangeResult> sessions;

  public Exchanges(Pool pool, Clock clock, RefundPolicy policy, LineChecks checks, Duration sessionTtl, ExchangeEligibility eligibility,
                   CatalogClient catalog) {
    this.eligibility = eligibility;
    this.catalog = catalog;
    this.pool = pool;
    this.clock = clock;
    this.policy = policy;
    this.checks = checks;
    this.sessionTtl = sessionTtl;
    this.sessions = new QuoteSessions<>(pool, "exchange", OrderSql.EXCHANGE_SESSION_LOCK, OrderSql.EXCHANGE_SESSION_GET, OrderSql.EXCHANGE_BY_KEY,
        ExchangeSessionMapper::of);
  }

  public Future<ExchangePlan> calculate(Caller caller, ExchangeRequest request, String requestId) {
    List<ExchangeRequest.Return> returns = request.reservationsToExchange() == null ? List.of() : request.reservationsToExchange();
    List<ExchangeRequest.Purchase> purchases = request.reservationsToPurchase() == null ? List.of() : request.reservationsToPurchase();
    if (returns.isEmpty() || purchases.isEmpty()) {
      throw Errors.badRequest(SOURCE, "an exchange names reservationsToExchange and reservationsToPurchase");
    }
    if (returns.stream().map(ExchangeRequest.Return::reservationId).distinct().count() != returns.size()) {
      throw Errors.badRequest(SOURCE, "each reservation is named once in reservationsToExchange");
    }
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, request.customerId())
        .compose(customer -> catalogItems(purchases, customer.country(), requestId)
            .compose(items -> quote(caller, partner, customer, request, returns, purchases, items, requestId))));
  }

  /** The catalog item of each purchase: the one named, or the one of the size, region and term Azure's shape names. */
  private Future<List<String>> catalogItems(List<ExchangeRequest.Purchase> purchases, String country, String requestId) {
    List<Future<String>> items = new ArrayList<>();
    for (int i = 0; i < purchases.size(); i++) {
      ExchangeRequest.Purchase p = purchases.get(i);
      if (p.catalogItemId() != null || p.armSkuName() == null) {
        items.add(Future.succeededFuture(p.catalogItemId()));
        continue;
      }
      String where = "reservationsToPurchase[" + i + "]";
      Term term = Term.parse(p.termDuration()).orElseThrow(() -> Errors.badRequest(SOURCE, where + ".properties.term must be P1Y or P3Y"));
      items.add(catalog.find(p.armSkuName(), p.armRegionName(), term, country, requestId).map(id -> {
        if (id == null) {
          throw Errors.badRequest(SOURCE, where + ": no reservation of " + p.armSkuName() + " in " + p.armRegionName() + " for " + term
              + " in the catalog of " + country);
        }
        return id;
      }));
    }
    return Future.all(items).map(all -> items.stream().map(Future::result).toList());
  }

  private Future<ExchangePlan> quote(Caller caller, PartnerContext partner, Customer customer, ExchangeRequest request,
                                     List<ExchangeRequest.Return> returns, List<ExchangeRequest.Purchase> purchases, List<String> items,
                                     String requestId) {
    if (purchases.stream().anyMatch(p -> SavingsPlanProduct.isSavingsPlan(items.get(purchases.indexOf(p))))) {
      throw Errors.badRequest(SOURCE, "an exchange buys reservations; to move to a savings plan, trade the reservations in: "
          + "POST /v1/customers/" + request.customerId() + "/calculateTradeIn");
    }
    List<CartLineRequest> lineRequests = new ArrayList<>();
    for (int i = 0; i < purchases.size(); i++) {
      ExchangeRequest.Purchase p = purchases.get(i);
      lineRequests.add(new CartLineRequest(i, items.get(i), p.quantity(), null, p.termDuration(), p.subscriptionId(), p.scope(), null, null,
          p.billingPlan()));
    }
    List<CartLine> lines = CartLine.from(lineRequests, "reservationsToPurchase");
    Instant now = clock.instant();
    return ReservationAccess.requireAll(pool, partner, caller, request.customerId(),
            returns.stream().map(ExchangeRequest.Return::reservationId).toList())
        .compose(returned -> checks.check(pool, partner, caller, customer, lines,
            line -> new PartnerOfRecord(returned.get(0).resellerPartnerId(), returned.get(0).partnerIdOnRecord()), now, requestId)
            .compose(checked -> TierChain.fixed(pool, returned.stream().map(Reservation::reservationOrderId).toList())
                .compose(fixed -> {
          List<CartLine> broken = checked.stream().map(LineChecks.Checked::line).filter(CartLine::hasError).toList();
          if (!broken.isEmpty()) {
            throw Carts.lineErrors(broken);
          }
          List<ExchangePlan.Return> plannedReturns = new ArrayList<>();
          BigDecimal refunds = BigDecimal.ZERO;
          List<RefundQuote.PolicyError> policyErrors = new ArrayList<>();
          Set<String> currencies = new LinkedHashSet<>();
          for (int i = 0; i < returns.size(); i++) {
            Reservation r = returned.get(i);
            int quantity = returns.get(i).quantity() == null ? r.quantity() : returns.get(i).quantity();
            if (quantity < 1 || quantity > r.quantity()) {
              throw Errors.badRequest(SOURCE, "reservationsToExchange[" + i + "].quantity must be 1 to " + r.quantity());
            }
            ExchangeEligibility.Verdict verdict = eligibility.of(ExchangeEligibility.COMPUTE, r.createdAt(), now);
            if (verdict.status() == ExchangeEligibility.Status.notExchangeable) {
              throw Errors.badRequest(SOURCE, "reservation " + r.id() + " cannot be exchanged: " + verdict.reason()
                  + "; trade it in for a savings plan instead: quote with POST /v1/customers/" + request.customerId() + "/calculateTradeIn");
            }
            if (!now.isBefore(r.expiresAt())) {
              policyErrors.add(new RefundQuote.PolicyError("ReservationExpired", "reservation " + r.id() + " has expired"));
            }
            RefundQuote credit = policy.exchange(r.unitPrice(), quantity, r.effectiveAt(), r.expiresAt(), now,
                BillingPlan.valueOf(r.billingPlan()), Term.valueOf(r.term()));
            refunds = refunds.add(credit.credit());
            currencies.add(r.currency());
            plannedReturns.add(new ExchangePlan.Return(r.id(), r.reservationOrderId(), quantity, r.armSkuName(), credit.credit(),
                credit.cancelledPayments(), ExchangeCredits.of(policy, r, quantity, fixed.getOrDefault(r.reservationOrderId(), List.of()), now)));
          }
          List<ExchangePlan.Purchase> plannedPurchases = new ArrayList<>();
          BigDecimal purchasesTotal = BigDecimal.ZERO;
          for (LineChecks.Checked c : checked) {
            CatalogItem item = c.item();
            BigDecimal amount = Decimals.cents(item.unitPrice().multiply(BigDecimal.valueOf(c.line().quantity())));
            purchasesTotal = purchasesTotal.add(amount);
            currencies.add(item.currencyCode());
            plannedPurchases.add(new ExchangePlan.Purchase(PlannedItem.of(item), c.line().quantity(), c.line().subscriptionId(),
                c.line().scope(), amount, c.line().billingPlan()));
          }
          if (currencies.size() > 1) {
            policyErrors.add(new RefundQuote.PolicyError("CurrencyMismatch", "returns and purchases must be in one currency"));
          }
          if (purchasesTotal.compareTo(refunds) < 0) {
            policyErrors.add(new RefundQuote.PolicyError("InsufficientNewCommitment", "the new purchases (" + purchasesTotal
                + ") must total at least the returned value (" + refunds + ")"));
          }
          String currency = currencies.iterator().next();
          Reservation first = returned.get(0);
          ExchangePlan plan = new ExchangePlan(UUID.randomUUID().toString(), new Money(refunds, currency),
              new Money(purchasesTotal, currency), new Money(purchasesTotal.subtract(refunds), currency), now.plus(sessionTtl),
              plannedReturns, plannedPurchases, new ExchangePlan.PolicyResult(policyErrors),
              new ExchangePlan.OnRecord(first.partnerIdOnRecord(), first.resellerPartnerId()));
          return pool.preparedQuery(OrderSql.EXCHANGE_SESSION_INSERT).execute(Tuple.of(plan.sessionId(), partner.id(), request.customerId(),
                  Jsons.encode(plan), now.atOffset(ZoneOffset.UTC), plan.validUntil().atOffset(ZoneOffset.UTC)))
              .map(v -> plan.quote());
        })));
  }

  /** A quote read again by its session (Azure's poll of calculateExchange), as the caller's partner and customer have it. */
  public Future<ExchangePlan> quote(Caller caller, ExchangeRequest request) {
    return PartnerContext.of(pool, caller).compose(partner -> sessions.plan(partner, request.sessionId(), request.customerId()))
        .map(ExchangePlan::quote);
  }

  /** A carried-out exchange read again by its session (Azure's poll of exchange); one not carried out is not found. */
  public Future<ExchangeResult> result(Caller caller, ExchangeRequest request) {
    return PartnerContext.of(pool, caller).compose(partner -> sessions.result(partner, request.sessionId(), request.customerId()));
  }

  public Future<ExchangeResult> execute(Caller caller, ExchangeRequest request) {
    if (request.sessionId() == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateExchange");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> sessions.carryOutOnce(partner, request.sessionId(), request.customerId(),
        request.externalKey(), now, (conn, plan) -> {
          if (!plan.policyErrors().isEmpty()) {
            throw refused(400, ErrorCode.BAD_REQUEST, plan.policyErrors());
          }
          return carryOut(conn, caller, partner, request, plan, now);
        }));
  }

  /** In the session's transaction: the returned instances reduced and credited, the new reservations ordered, the session closed. */
  private Future<ExchangeResult> carryOut(SqlConnection conn, Caller caller, PartnerContext partner, ExchangeRequest request,
                                          ExchangePlan plan, Instant now) {
    List<ExchangePlan.Return> returns = plan.reservationsToExchange();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    List<GivenBack.Instances> given = returns.stream()
        .map(r -> new GivenBack.Instances(r.reservationId(), r.quantity(), r.refundAmount(), r.cancelledPayments(), r.tierCredits()))
        .toList();
    return GivenBack.write(conn, partner, caller, request.customerId(), given, "exchange", "Exchanged", "exchangeSessionId",
            request.sessionId(), at)
        .compose(v -> {
          List<OrderWriter.Purchase> purchases = plan.reservationsToPurchase().stream()
              .map(p -> new OrderWriter.Purchase(p.item().item(), p.quantity(), p.subscriptionId(), p.scope(), false, p.billingPlan()))
              .toList();
          PartnerOfRecord partnerOfRecord = new PartnerOfRecord(plan.partnerOfRecord().resellerPartnerId(), plan.partnerOfRecord().mpnId());
          return OrderWriter.write(conn, partner.id(), request.customerId(), null, "exchange", "exchange", partnerOfRecord, purchases,
              caller.userId(), now, now);
        })
        .compose(written -> {
          ExchangeResult result = new ExchangeResult(request.sessionId(), "Succeeded", plan.refundsTotal(), plan.purchasesTotal(),
              plan.netPayable(), returns, written.order(), now);
          return conn.preparedQuery(OrderSql.EXCHANGE_SESSION_DONE)
              .execute(Tuple.of(request.sessionId(), Jsons.encode(result), request.externalKey()))
              .compose(v -> conn.preparedQuery(OrderSql.REVISION_REPLACED_BY).execute(Tuple.of(
                  given.stream().map(GivenBack.Instances::reservationId).toArray(String[]::new), partner.id(), request.sessionId(),
                  new JsonObject().put("replacedBy", new JsonObject().put("orderId", written.orderId())
                      .put("reservationIds", new JsonArray(written.reservationIds()))).encode())))
              .compose(v -> PartnerEvents.write(conn, EventTypes.EXCHANGE_COMPLETED, partner.id(),
                  plan.partnerOfRecord().resellerPartnerId(), request.customerId(), now, new JsonObject()
                      .put("sessionId", request.sessionId()).put("orderId", written.orderId())
                      .put("returned", Jsons.toJsonArray(returns))))
              .map(v -> result);
        });
  }

  private static RuntimeException refused(int status, int code, List<RefundQuote.PolicyError> errors) {
    List<String> data = errors.stream().map(e -> e.code() + ": " + e.description()).toList();
    return new ApiError(status, code, errors.get(0).description(), data, SOURCE).exception();
  }

  /** For a support request: quote and carry out at once, once per external key. */
  public Future<ExchangeResult> exchangeOnce(Caller caller, ExchangeRequest request, String requestId) {
    return PartnerContext.of(pool, caller).compose(partner -> sessions.byExternalKey(partner, request.externalKey()))
        .compose(previous -> previous != null ? Future.succeededFuture(previous)
            : calculate(caller, request, requestId).compose(quote -> {
              if (!quote.policyErrors().isEmpty()) {
                throw refused(422, ErrorCode.UNPROCESSABLE, quote.policyErrors().subList(0, 1));
              }
              return execute(caller, new ExchangeRequest(request.customerId(), null, null, quote.sessionId(), request.externalKey()));
            })
            .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState())
                ? PartnerContext.of(pool, caller).compose(partner -> sessions.byExternalKey(partner, request.externalKey()))
                : Future.failedFuture(e)));
  }
}
