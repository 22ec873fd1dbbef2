package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The refund-limit ledger of a customer: the cap, what its refunds count against it in the rolling window,
 * what remains, and when each counted amount leaves the window and is available again.
 */
public final class RefundLimits {
  private final Pool pool;
  private final Clock clock;
  private final RefundPolicyConfig config;

  public RefundLimits(Pool pool, Clock clock, RefundPolicyConfig config) {
    this.pool = pool;
    this.clock = clock;
    this.config = config;
  }

  public Future<JsonObject> ledger(Caller caller, CustomerRef ids) {
    Instant now = clock.instant();
    Instant windowStart = now.minus(config.capWindow());
    return PartnerContext.of(pool, caller).compose(partner -> Customers.owned(pool, partner, ids.customerId()))
        .compose(customer -> pool.preparedQuery(OrderSql.REFUNDS_IN_WINDOW)
            .execute(Tuple.of(ids.customerId(), windowStart.atOffset(ZoneOffset.UTC))))
        .map(rows -> {
          BigDecimal consumed = BigDecimal.ZERO;
          JsonArray releases = new JsonArray();
          for (Row row : rows) {
            CountedRefund refund = CountedRefundMapper.of(row);
            consumed = consumed.add(refund.countedUsd());
            releases.add(new JsonObject().put("date", refund.createdAt().plus(config.capWindow()).toString())
                .put("amount", Decimals.display(refund.countedUsd())).put("currencyCode", "USD"));
          }
          BigDecimal remaining = config.capUsd().subtract(consumed).max(BigDecimal.ZERO);
          return new JsonObject()
              .put("maxRefundLimit", usd(config.capUsd()))
              .put("consumedRefundsTotal", usd(consumed))
              .put("remaining", usd(remaining))
              .put("windowDays", config.capWindow().toDays())
              .put("releases", releases);
        });
  }

  private static JsonObject usd(BigDecimal amount) {
    return new JsonObject().put("currencyCode", "USD").put("amount", Decimals.display(amount));
  }
}
