package dev.rvi.order.savingsplan;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.order.cart.LineTiers;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.OrderWriter;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Savings plans at their end, on the platform clock: {@code savingsPlan.expiring} 30 days before and
 * {@code savingsPlan.expired} at it, once each; and a plan with auto-renew is succeeded at its expiry by a new plan
 * with the same commitment, term, billing plan, scope and partner of record ({@code savingsPlan.renewed}). A new plan
 * does not renew itself unless turned on again, as Azure's renewal inherits all but that setting. Claimed a batch at a
 * time, as reservations' renewals are, so runs on several nodes never renew one plan twice.
 */
public final class SavingsPlanRenewals {
  private static final Logger LOG = LoggerFactory.getLogger(SavingsPlanRenewals.class);
  private static final int BATCH = 100;
  private static final int CLAIM_SECONDS = 300;

  private final Pool pool;
  private final Clock clock;
  private final CatalogClient catalog;

  public SavingsPlanRenewals(Pool pool, Clock clock, CatalogClient catalog) {
    this.pool = pool;
    this.clock = clock;
    this.catalog = catalog;
  }

  /** The notices and renewals due now; answers how many of each. */
  public Future<JsonObject> runDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return pool.preparedQuery(OrderSql.SAVINGS_PLAN_NOTICES).execute(Tuple.of(now, "expiring"))
        .compose(expiring -> pool.preparedQuery(OrderSql.SAVINGS_PLAN_NOTICES).execute(Tuple.of(now, "expired"))
            .compose(expired -> batches(now.toInstant(), UUID.randomUUID().toString(), 0)
                .map(renewed -> new JsonObject().put("expiring", expiring.rowCount()).put("expired", expired.rowCount())
                    .put("renewed", renewed))));
  }

  private Future<Integer> batches(Instant now, String run, int before) {
    return pool.preparedQuery(OrderSql.SAVINGS_PLAN_RENEWALS_CLAIM).execute(Tuple.of(now.atOffset(ZoneOffset.UTC), BATCH, run, CLAIM_SECONDS))
        .compose(claimed -> renewAll(claimed, now, run).compose(renewed -> claimed.size() == BATCH
            ? batches(now, run, before + renewed) : Future.succeededFuture(before + renewed)));
  }

  private Future<Integer> renewAll(RowSet<Row> claimed, Instant now, String run) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (Row row : claimed) {
      SavingsPlan old = SavingsPlanMapper.of(row);
      chain = chain.compose(done -> renew(old, now, run).map(ok -> done + (ok ? 1 : 0)));
    }
    return chain;
  }

  private Future<Boolean> renew(SavingsPlan old, Instant now, String run) {
    return pool.preparedQuery(OrderSql.CUSTOMER_COUNTRY).execute(Tuple.of(old.customerId()))
        .compose(rows -> catalog.resolvePlan(old.catalogItemId(), rows.iterator().next().getString(0), old.expiresAt(),
            LineTiers.ofBought(old.partnerId(), old.resellerPartnerId(), old.customerId()), "renewal"))
        .compose(item -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.SAVINGS_PLAN_RENEWAL_LOCK).execute(Tuple.of(old.id(), run))
            .compose(locked -> locked.size() == 0 ? Future.succeededFuture(false) : write(conn, old, item, now))));
  }

  private static Future<Boolean> write(SqlConnection conn, SavingsPlan old, SavingsPlanItem item, Instant now) {
    if (item == null || !item.purchasable()) {
      LOG.warn("savings plan {} could not be renewed: savings plans are no longer sold in its market", old.id());
      return conn.preparedQuery(OrderSql.SAVINGS_PLAN_RENEWED).execute(Tuple.of(old.id(), "not-renewed: no longer sold")).map(v -> false);
    }
    OrderWriter.PlanPurchase purchase = new OrderWriter.PlanPurchase(item, old.hourlyCommitment(), old.subscriptionId(),
        old.appliedScopeType(), old.displayName(), false, BillingPlan.valueOf(old.billingPlan()), List.of(), old.id());
    PartnerOfRecord record = new PartnerOfRecord(old.resellerPartnerId(), old.partnerIdOnRecord());
    return OrderWriter.writePlans(conn, old.partnerId(), old.customerId(), null, "renewal", "renewal", record, List.of(purchase),
            "renewal", now, old.expiresAt())
        .compose(written -> conn.preparedQuery(OrderSql.SAVINGS_PLAN_RENEWED).execute(Tuple.of(old.id(), written.reservationIds().get(0)))
            .compose(v -> PartnerEvents.write(conn, EventTypes.SAVINGS_PLAN_RENEWED, old.partnerId(), old.resellerPartnerId(),
                old.customerId(), now, new JsonObject().put("savingsPlanId", old.id()).put("savingsPlanOrderId", old.savingsPlanOrderId())
                    .put("renewedTo", written.reservationIds().get(0)).put("orderId", written.orderId())
                    .put("expiryDateTime", old.expiresAt().toString()))))
        .map(v -> true);
  }
}
