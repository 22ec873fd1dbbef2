package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.refund.FeeChange;
import dev.rvi.domain.refund.RefundPolicy;
import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.refund.RefundQuote;
import dev.rvi.domain.reservation.RefundRequest;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.tier.ChargeTiers;
import dev.rvi.order.tier.TierCredit;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Cancel with a refund: {@code calculateRefund} quotes under the policy and opens a session valid for
 * a few minutes; {@code return} with that session carries it out once. Returns of one customer are
 * serialized on the customer's row in Postgres, so concurrent returns can never pass the cap together.
 */
public final class Refunds {
  private static final String SOURCE = "order";

  private final Pool pool;
  private final Clock clock;
  private final RefundPolicy policy;
  private final Duration sessionTtl;
  private final UsageProbe usage;

  public Refunds(Pool pool, Clock clock, RefundPolicy policy, Duration sessionTtl, UsageProbe usage) {
    this.pool = pool;
    this.clock = clock;
    this.policy = policy;
    this.sessionTtl = sessionTtl;
    this.usage = usage;
  }

  public Future<JsonObject> calculate(Caller caller, RefundRequest request) {
    return quoted(caller, request).map(Quoted::body);
  }

  /** A quote as the client sees it, with what it was made of. */
  public record Quoted(String sessionId, int quantity, RefundQuote quote, String currency, JsonObject body) {}

  /**
   * The quote {@code calculate} answers, with its parts: also what a support agent is shown before approving a refund (its
   * session opened as for the partner, expiring unused).
   */
  public Future<Quoted> quoted(Caller caller, RefundRequest request) {
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, request.customerId(),
            request.reservationOrderId(), request.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(reservation -> {
          int quantity = quantity(request, reservation);
          return quote(pool, reservation, quantity, now).compose(quote -> TierRefunds.of(pool, policy, reservation, quantity, quote, now)
              .compose(tiers -> {
                String sessionId = UUID.randomUUID().toString();
                JsonObject body = quoteView(sessionId, quantity, quote, reservation.currency(), now, now.plus(sessionTtl));
                JsonArray tierView = tiers.view(reservation.currency());
                if (!tierView.isEmpty()) {
                  body.put("tierRefunds", tierView);
                }
                return pool.preparedQuery(OrderSql.REFUND_SESSION_INSERT).execute(Tuple.from(new Object[] {sessionId, partner.id(),
                        request.customerId(), request.reservationOrderId(), request.reservationId(), quantity, body.encode(),
                        now.atOffset(ZoneOffset.UTC), now.plus(sessionTtl).atOffset(ZoneOffset.UTC)}))
                    .map(v -> new Quoted(sessionId, quantity, quote, reservation.currency(), body));
              }));
        }));
  }

  private static int quantity(RefundRequest request, Reservation reservation) {
    int held = reservation.quantity();
    int quantity = request.quantity() == null ? held : request.quantity();
    if (quantity < 1) {
      throw Errors.badRequest(SOURCE, "reservationToReturn.quantity must be at least 1");
    }
    if (held == 0) {
      throw Errors.conflict(SOURCE, "the reservation was already cancelled");
    }
    if (quantity > held) {
      throw Errors.badRequest(SOURCE, "reservationToReturn.quantity " + quantity + " is more than the " + held + " the reservation holds");
    }
    return quantity;
  }

  private Future<RefundQuote> quote(SqlClient sql, Reservation reservation, int quantity, Instant now) {
    Instant effective = reservation.effectiveAt();
    Instant windowStart = now.minus(policy.config().capWindow());
    return sql.preparedQuery(OrderSql.REFUNDS_COUNTED)
        .execute(Tuple.of(reservation.customerId(), windowStart.atOffset(ZoneOffset.UTC)))
        .compose(rows -> usage.usedSince(reservation, effective, now).map(used -> policy.quote(reservation.unitPrice(), quantity,
            effective, reservation.expiresAt(), now, used, rows.iterator().next().getBigDecimal(0), reservation.currency(),
            BillingPlan.valueOf(reservation.billingPlan()), Term.valueOf(reservation.term()))));
  }

  /** Carries out a quote, once. A repeated call with the same session (or external key) answers the same refund. */
  public Future<JsonObject> execute(Caller caller, RefundRequest request) {
    if (request.sessionId() == null) {
      throw Errors.badRequest(SOURCE, "sessionId is required: quote first with calculateRefund");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()).compose(previous -> {
      if (previous != null) {
        return Future.succeededFuture(previous);
      }
      return ReservationAccess.require(pool, partner, caller, request.customerId(), request.reservationOrderId(),
              request.reservationId(), ReservationAccess.Need.MANAGE)
          .compose(r -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.CUSTOMER_LOCK)
              .execute(Tuple.of(request.customerId(), partner.id()))
              .compose(c -> conn.preparedQuery(OrderSql.REFUND_SESSION_LOCK).execute(Tuple.of(request.sessionId(), request.customerId(), partner.id())))
              .compose(sessions -> {
                if (sessions.size() == 0) {
                  throw Errors.notFound(SOURCE, "refund session " + request.sessionId() + " not found");
                }
                RefundSession session = RefundSessionMapper.of(sessions.iterator().next());
                if (session.refundId() != null) {
                  return conn.preparedQuery(OrderSql.REFUND_BY_ID).execute(Tuple.of(session.refundId()))
                      .map(rows -> new JsonObject(rows.iterator().next().getString(0)));
                }
                if (!session.reservationId().equals(request.reservationId())
                    || !session.reservationOrderId().equals(request.reservationOrderId())
                    || (request.quantity() != null && request.quantity() != session.quantity())) {
                  throw Errors.badRequest(SOURCE, "the session quoted another reservation or quantity");
                }
                if (!now.isBefore(session.expiresAt())) {
                  throw ApiError.of(400, ErrorCode.BAD_REQUEST, "the refund quote expired; calculate the refund again", SOURCE).exception();
                }
                return carryOut(conn, partner, caller, request, session.quantity(), now);
              })));
    }));
  }

  private Future<JsonObject> carryOut(SqlConnection conn, PartnerContext partner, Caller caller, RefundRequest request, int quantity,
                                      Instant now) {
    return conn.preparedQuery(OrderSql.RESERVATION_LOCK).execute(Tuple.of(request.reservationId(), partner.id())).compose(rows -> {
      Reservation reservation = ReservationMapper.of(rows.iterator().next());
      if (reservation.quantity() < quantity) {
        throw Errors.conflict(SOURCE, "the reservation no longer holds " + quantity + " instances");
      }
      return quote(conn, reservation, quantity, now).compose(quote -> TierRefunds.of(conn, policy, reservation, quantity, quote, now)
          .compose(tiers -> {
        if (!quote.allowed()) {
          throw new ApiError(400, ErrorCode.BAD_REQUEST, quote.policyErrors().get(0).description(),
              quote.policyErrors().stream().map(e -> e.code() + ": " + e.description()).toList(), SOURCE).exception();
        }
        String refundId = UUID.randomUUID().toString();
        String currency = reservation.currency();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        JsonObject response = new JsonObject()
            .put("id", refundId)
            .put("reservationOrderId", request.reservationOrderId())
            .put("reservationId", request.reservationId())
            .put("quantity", quantity)
            .put("status", "Succeeded")
            .put("billingRefundAmount", Amounts.of(quote.refund(), currency))
            .put("pricingRefundAmount", Amounts.of(quote.refund(), currency))
            .put("fee", Amounts.of(quote.fee(), currency))
            .put("returnReason", request.returnReason())
            .put("remainingQuantity", reservation.quantity() - quantity)
            .put("policyResult", policyResult(quote, policy.config(), now))
            .put("createdAt", now.toString());
        return conn.preparedQuery(OrderSql.REFUND_INSERT).execute(Tuple.from(new Object[] {refundId, partner.id(), request.customerId(),
                request.reservationOrderId(), request.reservationId(), request.sessionId(), request.externalKey(), quantity, quote.refund(),
                quote.fee(), quote.countedAgainstCap(), currency, request.returnReason(), response.encode(), caller.userId(), at}))
            .compose(v -> conn.preparedQuery(OrderSql.RESERVATION_REDUCE)
                .execute(Tuple.of(request.reservationId(), partner.id(), quantity, "Cancelled")))
            .compose(v -> conn.preparedQuery(OrderSql.CREDIT_INSERT).execute(Tuple.of(request.reservationId(), "refund", quantity,
                quote.refund().negate(), at, ChargeTiers.json(ChargeTiers.credits(tiers.credits(), TierCredit::credit)))))
            .compose(v -> CancelledPayments.write(conn, request.reservationId(), quantity, quote.cancelledPayments(), tiers.credits()))
            .compose(v -> PartnerEvents.write(conn, EventTypes.REFUND_COMPLETED, partner.id(), reservation.resellerPartnerId(),
                request.customerId(), now, new JsonObject().put("refundId", refundId).put("reservationOrderId", request.reservationOrderId())
                    .put("reservationId", request.reservationId()).put("quantity", quantity).put("refundAmount", quote.refund())
                    .put("currencyCode", currency)))
            .compose(v -> thresholds(conn, partner, reservation, request.customerId(), quote, now))
            .compose(v -> conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(request.reservationId(), partner.id(),
                caller.userId(), at, "return", new JsonObject().put("quantity", reservation.quantity()).encode(),
                new JsonObject().put("quantity", reservation.quantity() - quantity).put("refundId", refundId)
                    .put("refundAmount", quote.refund()).put("currencyCode", currency).encode())))
            .compose(v -> conn.preparedQuery(OrderSql.REFUND_SESSION_USED).execute(Tuple.of(request.sessionId(), refundId)))
            .map(v -> response);
      }));
    });
  }

  /**
   * {@code refundLimit.threshold} when this refund takes what the customer's refunds count in the window to 80 % or
   * 100 % of the cap, written with the refund (the counted amounts only grow by refunds, so each crossing is one refund's).
   */
  private static Future<Void> thresholds(SqlConnection conn, PartnerContext partner, Reservation reservation, String customerId, RefundQuote quote,
                                         Instant now) {
    BigDecimal before = quote.consumedRefundsTotal();
    BigDecimal after = before.add(quote.countedAgainstCap());
    Future<Void> chain = Future.succeededFuture();
    for (int percent : new int[] {80, 100}) {
      BigDecimal line = quote.maxRefundLimit().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
      if (before.compareTo(line) < 0 && after.compareTo(line) >= 0) {
        chain = chain.compose(v -> PartnerEvents.write(conn, EventTypes.REFUND_LIMIT_THRESHOLD, partner.id(),
            reservation.resellerPartnerId(), customerId, now, new JsonObject().put("thresholdPercent", percent)
                .put("consumedRefundsTotal", after).put("maxRefundLimit", quote.maxRefundLimit())
                .put("remaining", quote.maxRefundLimit().subtract(after).max(BigDecimal.ZERO)).put("currencyCode", "USD")));
      }
    }
    return chain;
  }

  /**
   * For a support request: the refund already made under this external key, or a fresh quote carried
   * out at once. A concurrent duplicate loses on the key's unique index and answers the first refund.
   */
  public Future<JsonObject> refundOnce(Caller caller, RefundRequest request) {
    return PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()))
        .compose(previous -> previous != null ? Future.succeededFuture(previous)
            : quoted(caller, request).compose(quoted -> {
              if (!quoted.quote().allowed()) {
                RefundQuote.PolicyError first = quoted.quote().policyErrors().get(0);
                throw new ApiError(422, ErrorCode.UNPROCESSABLE, first.description(), List.of(first.code() + ": " + first.description()),
                    SOURCE).exception();
              }
              return execute(caller, new RefundRequest(request.customerId(), request.reservationOrderId(), request.reservationId(),
                  quoted.quantity(), quoted.sessionId(), request.returnReason(), request.externalKey()));
            })
            .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState())
                ? PartnerContext.of(pool, caller).compose(partner -> byExternalKey(partner, request.externalKey()))
                : Future.failedFuture(e)));
  }

  private Future<JsonObject> byExternalKey(PartnerContext partner, String key) {
    if (key == null) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery(OrderSql.REFUND_BY_KEY).execute(Tuple.of(partner.id(), key))
        .map(rows -> rows.size() == 0 ? null : new JsonObject(rows.iterator().next().getString(0)));
  }

  /** Partner Center's policy result, with the fee in force on the day, the next change to it and the policy's text. */
  static JsonObject policyResult(RefundQuote quote, RefundPolicyConfig config, Instant now) {
    JsonArray errors = new JsonArray();
    quote.policyErrors().forEach(e -> errors.add(new JsonObject().put("code", e.code()).put("description", e.description())));
    FeeChange next = config.nextFeeChange(now);
    JsonObject result = new JsonObject()
        .put("consumedRefundsTotal", Amounts.of(quote.consumedRefundsTotal(), "USD"))
        .put("maxRefundLimit", Amounts.of(quote.maxRefundLimit(), "USD"))
        .put("policyErrors", errors)
        .put("earlyTerminationFeePercent", config.feePercentOn(now))
        .put("policyText", config.policyTextOn(now));
    if (next != null) {
      result.put("nextFeeChange", new JsonObject().put("effectiveFrom", next.from().toString()).put("percent", next.percent()));
    }
    return result;
  }

  private JsonObject quoteView(String sessionId, int quantity, RefundQuote quote, String currency, Instant now, Instant validUntil) {
    return new JsonObject()
        .put("sessionId", sessionId)
        .put("quantity", quantity)
        .put("billingRefundAmount", Amounts.of(quote.refund(), currency))
        .put("pricingRefundAmount", Amounts.of(quote.refund(), currency))
        .put("purchaseValue", Amounts.of(quote.purchaseValue(), currency))
        .put("remainingValue", Amounts.of(quote.remainingValue(), currency))
        .put("fee", Amounts.of(quote.fee(), currency))
        .put("paidSoFar", Amounts.of(quote.paidSoFar(), currency))
        .put("cancelledFuturePayments", Amounts.of(quote.cancelledFuturePayments(), currency))
        .put("credit", Amounts.of(quote.credit(), currency))
        .put("countedAgainstRefundLimit", Amounts.of(quote.countedAgainstCap(), "USD"))
        .put("daysUsed", quote.daysUsed())
        .put("daysTotal", quote.daysTotal())
        .put("validUntil", validUntil.toString())
        .put("policyResult", policyResult(quote, policy.config(), now));
  }

}
