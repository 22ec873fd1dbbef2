package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
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
import dev.rvi.order.customer.Customer;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  public Exchanges(Pool pool, Clock clock, RefundPolicy policy, LineChecks checks, Duration sessionTtl, ExchangeEligibility eligibility,
                   CatalogClient catalog) {
    this.eligibility = eligibility;
    this.catalog = catalog;
    this.pool = pool;
    this.clock = clock;
    this.policy = policy;
    this.checks = checks;
    this.sessionTtl = sessionTtl;
  }

  public Future<JsonObject> calculate(Caller caller, ExchangeRequest request, String requestId) {
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

  private Future<JsonObject> quote(Caller caller, PartnerContext partner, Customer customer, ExchangeRequest request,
                                   List<ExchangeRequest.Return> returns, List<ExchangeRequest.Purchase> purchases, List<String> items,
                                   String requestId) {
    List<CartLineRequest> lineRequests = new ArrayList<>();
    for (int i = 0; i < purchases.size(); i++) {
      ExchangeRequest.Purchase p = purchases.get(i);
      lineRequests.add(new CartLineRequest(i, items.get(i), p.quantity(), null, p.termDuration(), p.subscriptionId(), p.scope(), null, null,
          p.billingPlan()));
    }
    List<CartLine> lines = CartLine.from(lineRequests, "reservationsToPurchase");
    Instant now = clock.instant();
    return loadReturns(partner, caller, request.customerId(), returns)
        .compose(returned -> checks.check(pool, partner, caller, customer, lines, now, requestId).compose(checked -> {
          List<CartLine> broken = checked.stream().map(LineChecks.Checked::line).filter(CartLine::hasError).toList();
          if (!broken.isEmpty()) {
            throw Carts.lineErrors(broken);
          }
          JsonArray plannedReturns = new JsonArray();
          BigDecimal refunds = BigDecimal.ZERO;
          List<JsonObject> policyErrors = new ArrayList<>();
          Set<String> currencies = new LinkedHashSet<>();
          String mpn = null;
          String resellerId = null;
          for (int i = 0; i < returns.size(); i++) {
            Row r = returned.get(i);
            int quantity = returns.get(i).quantity() == null ? r.getInteger("quantity") : returns.get(i).quantity();
            if (quantity < 1 || quantity > r.getInteger("quantity")) {
              throw Errors.badRequest(SOURCE, "reservationsToExchange[" + i + "].quantity must be 1 to " + r.getInteger("quantity"));
            }
            ExchangeEligibility.Verdict verdict = eligibility.of(ExchangeEligibility.COMPUTE,
                r.getOffsetDateTime("created_at").toInstant(), now);
            if (verdict.status() == ExchangeEligibility.Status.notExchangeable) {
              throw Errors.badRequest(SOURCE, "reservation " + r.getString("id") + " cannot be exchanged: " + verdict.reason());
            }
            if (!now.isBefore(r.getOffsetDateTime("expires_at").toInstant())) {
              policyErrors.add(error("ReservationExpired", "reservation " + r.getString("id") + " has expired"));
            }
            RefundQuote credit = policy.exchange(r.getBigDecimal("unit_price"), quantity, r.getOffsetDateTime("effective_at").toInstant(),
                r.getOffsetDateTime("expires_at").toInstant(), now, BillingPlan.valueOf(r.getString("billing_plan")),
                Term.valueOf(r.getString("term")));
            BigDecimal value = credit.credit();
            JsonArray cancelled = new JsonArray();
            credit.cancelledPayments().forEach(p -> cancelled.add(new JsonObject().put("due", p.due().toString())
                .put("amount", p.amount().toPlainString())));
            refunds = refunds.add(value);
            currencies.add(r.getString("currency"));
            mpn = mpn == null ? r.getString("partner_id_on_record") : mpn;
            resellerId = resellerId == null ? r.getString("reseller_partner_id") : resellerId;
            plannedReturns.add(new JsonObject().put("reservationId", r.getString("id"))
                .put("reservationOrderId", r.getString("reservation_order_id")).put("quantity", quantity)
                .put("skuName", r.getString("arm_sku_name")).put("refundAmount", value.toPlainString())
                .put("cancelledPayments", cancelled));
          }
          JsonArray plannedPurchases = new JsonArray();
          BigDecimal purchasesTotal = BigDecimal.ZERO;
          for (LineChecks.Checked c : checked) {
            CatalogItem item = c.item();
            BigDecimal amount = item.unitPrice().multiply(BigDecimal.valueOf(c.line().quantity())).setScale(2, RoundingMode.HALF_UP);
            purchasesTotal = purchasesTotal.add(amount);
            currencies.add(item.currencyCode());
            plannedPurchases.add(new JsonObject().put("item", PlannedItem.toJson(item)).put("quantity", c.line().quantity())
                .put("subscriptionId", c.line().subscriptionId()).put("scope", c.line().scope()).put("amount", amount.toPlainString())
                .put("billingPlan", c.line().billingPlan().name()));
          }
          if (currencies.size() > 1) {
            policyErrors.add(error("CurrencyMismatch", "returns and purchases must be in one currency"));
          }
          if (purchasesTotal.compareTo(refunds) < 0) {
            policyErrors.add(error("InsufficientNewCommitment", "the new purchases (" + purchasesTotal + ") must total at least the "
                + "returned value (" + refunds + ")"));
          }
          String currency = currencies.iterator().next();
          String sessionId = UUID.randomUUID().toString();
          JsonObject quote = new JsonObject()
              .put("sessionId", sessionId)
              .put("refundsTotal", Amounts.of(refunds, currency))
              .put("purchasesTotal", Amounts.of(purchasesTotal, currency))
              .put("netPayable", Amounts.of(purchasesTotal.subtract(refunds), currency))
              .put("validUntil", now.plus(sessionTtl).toString())
              .put("reservationsToExchange", plannedReturns)
              .put("reservationsToPurchase", plannedPurchases)
              .put("policyResult", new JsonObject().put("policyErrors", new JsonArray(List.copyOf(policyErrors))));
          JsonObject plan = quote.copy().put("partnerOfRecord", new JsonObject().put("mpnId", mpn).put("resellerPartnerId", resellerId));
          return pool.preparedQuery(OrderSql.EXCHANGE_SESSION_INSERT).execute(Tuple.of(sessionId, partner.id(), request.customerId(),
                  plan.encode(), now.atOffset(ZoneOffset.UTC), now.plus(sessionTtl).atOffset(ZoneOffset.UTC)))
              .map(v -> presented(quote));
        }));
  }

  /**
   * The stored plan keeps amounts as decimal strings so they come back exact; the client gets them as
   * JSON numbers, like every other amount of the API.
   */
  private static JsonObject presented(JsonObject planOrResult) {
    JsonObject out = planOrResult.copy();
    for (String list : List.of("reservationsToExchange", "returned")) {
      JsonArray returns = out.getJsonArray(list);
      if (returns != null) {
        returns.forEach(r -> {
          asNumber((JsonObject) r, "refundAmount");
          ((JsonObject) r).getJsonArray("cancelledPayments", new JsonArray()).forEach(p -> asNumber((JsonObject) p, "amount"));
        });
      }
    }
    JsonArray purchases = out.getJsonArray("reservationsToPurchase");
    if (purchases != null) {
      purchases.forEach(p -> {
        asNumber((JsonObject) p, "amount");
        asNumber(((JsonObject) p).getJsonObject("item"), "unitPrice");
      });
    }
    return out;
  }

  private static void asNumber(JsonObject object, String field) {
    if (object != null && object.getValue(field) instanceof String text) {
      object.put(field, new BigDecimal(text));
    }
  }

  /** The payments an exchange plan stores as {@code [{due, amount}]}, back as the quote's records. */
  private static List<RefundQuote.Payment> payments(JsonArray stored) {
    List<RefundQuote.Payment> out = new ArrayList<>();
    for (Object o : stored) {
      JsonObject p = (JsonObject) o;
      out.add(new RefundQuote.Payment(Instant.parse(p.getString("due")), new BigDecimal(p.getString("amount"))));
    }
    return out;
  }

  private static JsonObject error(String code, String description) {
    return new JsonObject().put("code", code).put("description", description);
  }

  private Future<List<Row>> loadReturns(PartnerContext partner, Caller caller, String customerId, List<ExchangeRequest.Return> returns) {
    return pool.preparedQuery(OrderSql.RESERVATIONS_OF_CUSTOMER)
        .execute(Tuple.of(returns.stream().map(ExchangeRequest.Return::reservationId).toArray(String[]::new), customerId, partner.id()))
        .compose(rows -> {
          Map<String, Row> byId = new HashMap<>();
          rows.forEach(r -> byId.put(r.getString("id"), r));
          List<Row> ordered = new ArrayList<>();
          Future<Void> access = Future.succeededFuture();
          for (ExchangeRequest.Return ret : returns) {
            Row r = byId.get(ret.reservationId());
            if (r == null) {
              throw Errors.notFound(SOURCE, "reservation " + ret.reservationId() + " not found");
            }
            ordered.add(r);
            access = access.compose(v -> ReservationAccess.require(pool, partner, caller, customerId, r.getString("reservation_order_id"),
                r.getString("id"), ReservationAccess.Need.MANAGE).mapEmpty());
          }
          return access.map(v -> ordered);
        });
  }

  public Future<JsonObject> execute(Caller caller, ExchangeRequest request) {
    if (request.sessionId() == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateExchange");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()).compose(previous -> {
      if (previous != null) {
        return Future.succeededFuture(previous);
      }
      return pool.withTransaction(conn -> conn.preparedQuery(OrderSql.EXCHANGE_SESSION_LOCK)
          .execute(Tuple.of(request.sessionId(), request.customerId(), partner.id()))
          .compose(sessions -> {
            if (sessions.size() == 0) {
              throw Errors.notFound(SOURCE, "exchange session " + request.sessionId() + " not found");
            }
            Row session = sessions.iterator().next();
            if (session.getString("response") != null) {
              return Future.succeededFuture(presented(new JsonObject(session.getString("response"))));
            }
            if (!now.isBefore(session.getOffsetDateTime("expires_at").toInstant())) {
              throw Errors.badRequest(SOURCE, "the exchange quote expired; calculate the exchange again");
            }
            JsonObject plan = new JsonObject(session.getString("plan"));
            JsonArray errors = plan.getJsonObject("policyResult").getJsonArray("policyErrors");
            if (!errors.isEmpty()) {
              List<String> data = errors.stream().map(e -> ((JsonObject) e).getString("code") + ": " + ((JsonObject) e).getString("description")).toList();
              throw new ApiError(400, ErrorCode.BAD_REQUEST, ((JsonObject) errors.getValue(0)).getString("description"), data, SOURCE).exception();
            }
            JsonArray returns = plan.getJsonArray("reservationsToExchange");
            String[] ids = returns.stream().map(r -> ((JsonObject) r).getString("reservationId")).toArray(String[]::new);
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            return conn.preparedQuery(OrderSql.RESERVATIONS_OF_CUSTOMER_LOCK).execute(Tuple.of(ids, request.customerId(), partner.id()))
                .compose(locked -> {
                  Map<String, Integer> held = new HashMap<>();
                  locked.forEach(r -> held.put(r.getString("id"), r.getInteger("quantity")));
                  Future<Void> chain = Future.succeededFuture();
                  for (Object o : returns) {
                    JsonObject ret = (JsonObject) o;
                    int quantity = ret.getInteger("quantity");
                    String id = ret.getString("reservationId");
                    if (held.getOrDefault(id, 0) < quantity) {
                      throw Errors.conflict(SOURCE, "reservation " + id + " no longer holds " + quantity + " instances");
                    }
                    BigDecimal value = new BigDecimal(ret.getString("refundAmount"));
                    chain = chain
                        .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_REDUCE).execute(Tuple.of(id, partner.id(), quantity, "Exchanged")))
                        .compose(v -> conn.preparedQuery(OrderSql.CREDIT_INSERT).execute(Tuple.of(id, "exchange", quantity, value.negate(), at)))
                        .compose(v -> CancelledPayments.write(conn, id, quantity, payments(ret.getJsonArray("cancelledPayments", new JsonArray()))))
                        .compose(v -> conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(id, partner.id(), caller.userId(), at,
                            "exchange", new JsonObject().put("quantity", held.get(id)).encode(),
                            new JsonObject().put("quantity", held.get(id) - quantity).put("exchangeSessionId", request.sessionId()).encode())))
                        .mapEmpty();
                  }
                  List<OrderWriter.Purchase> purchases = new ArrayList<>();
                  for (Object o : plan.getJsonArray("reservationsToPurchase")) {
                    JsonObject p = (JsonObject) o;
                    purchases.add(new OrderWriter.Purchase(PlannedItem.from(p.getJsonObject("item")), p.getInteger("quantity"),
                        p.getString("subscriptionId"), p.getString("scope"), false,
                        BillingPlan.valueOf(p.getString("billingPlan", BillingPlan.Upfront.name()))));
                  }
                  JsonObject record = plan.getJsonObject("partnerOfRecord");
                  PartnerOfRecord partnerOfRecord = new PartnerOfRecord(record.getString("resellerPartnerId"), record.getString("mpnId"));
                  return chain.compose(v -> OrderWriter.write(conn, partner.id(), request.customerId(), null, "exchange", "exchange",
                      partnerOfRecord, purchases, caller.userId(), now, now));
                })
                .compose(written -> {
                  JsonObject response = new JsonObject()
                      .put("sessionId", request.sessionId())
                      .put("status", "Succeeded")
                      .put("refundsTotal", plan.getJsonObject("refundsTotal"))
                      .put("purchasesTotal", plan.getJsonObject("purchasesTotal"))
                      .put("netPayable", plan.getJsonObject("netPayable"))
                      .put("returned", returns)
                      .put("order", written.order())
                      .put("createdAt", now.toString());
                  return conn.preparedQuery(OrderSql.EXCHANGE_SESSION_DONE)
                      .execute(Tuple.of(request.sessionId(), response.encode(), request.externalKey()))
                      .compose(v -> PartnerEvents.write(conn, EventTypes.EXCHANGE_COMPLETED, partner.id(),
                          plan.getJsonObject("partnerOfRecord").getString("resellerPartnerId"), request.customerId(), now, new JsonObject()
                              .put("sessionId", request.sessionId()).put("orderId", written.order().getString("id"))
                              .put("returned", returns.copy())))
                      .map(v -> presented(response));
                });
          }));
    }));
  }

  /** For a support request: quote and carry out at once, once per external key. */
  public Future<JsonObject> exchangeOnce(Caller caller, ExchangeRequest request, String requestId) {
    return PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()))
        .compose(previous -> previous != null ? Future.succeededFuture(previous)
            : calculate(caller, request, requestId).compose(quote -> {
              JsonArray errors = quote.getJsonObject("policyResult").getJsonArray("policyErrors");
              if (!errors.isEmpty()) {
                JsonObject first = errors.getJsonObject(0);
                throw new ApiError(422, ErrorCode.UNPROCESSABLE, first.getString("description"),
                    List.of(first.getString("code") + ": " + first.getString("description")), SOURCE).exception();
              }
              return execute(caller, new ExchangeRequest(request.customerId(), null, null, quote.getString("sessionId"), request.externalKey()));
            })
            .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState())
                ? PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()))
                : Future.failedFuture(e)));
  }

  private Future<JsonObject> byExternalKey(PartnerContext partner, String key) {
    if (key == null) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery(OrderSql.EXCHANGE_BY_KEY).execute(Tuple.of(partner.id(), key))
        .map(rows -> rows.size() == 0 || rows.iterator().next().getString("response") == null ? null
            : presented(new JsonObject(rows.iterator().next().getString("response"))));
  }
}
