package dev.rvi.order.reservation;

import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.CatalogItem;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.order.cart.LineTiers;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.OrderWriter;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renewal: a reservation with {@code renew} on is succeeded at its expiry by a new one of the same
 * size, region, term, quantity and scope, at the price in effect at that moment, under the same
 * partner of record. Runs on a timer and whenever the test clock moves. A run claims a batch of due
 * reservations in one short statement (a leased claim, so runs on several nodes never take the same
 * one, and a run that died frees its claims when the lease ends), looks each price up in the catalog
 * outside any transaction, then renews each in a short transaction of its own, only while its claim holds.
 */
public final class Renewals {
  private static final Logger LOG = LoggerFactory.getLogger(Renewals.class);
  /** Longer than a batch of catalog lookups can take. */
  static final int CLAIM_SECONDS = 120;

  private final Pool pool;
  private final Clock clock;
  private final CatalogClient catalog;

  public Renewals(Pool pool, Clock clock, CatalogClient catalog) {
    this.pool = pool;
    this.clock = clock;
    this.catalog = catalog;
  }

  /** Renews everything due now, a batch at a time; answers how many were renewed. */
  public Future<JsonObject> runDue() {
    Instant now = clock.instant();
    return batches(now, UUID.randomUUID().toString(), 0).map(count -> new JsonObject().put("renewed", count).put("at", now.toString()));
  }

  /** One claimed batch, then the next while batches come back full; a claimed row never comes back to this run. */
  private Future<Integer> batches(Instant now, String run, int renewedBefore) {
    return pool.preparedQuery(OrderSql.RENEWALS_CLAIM)
        .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), OrderSql.RENEWAL_BATCH, run, CLAIM_SECONDS))
        .compose(claimed -> renewAll(claimed, now, run).map(renewed -> new Batch(claimed.size(), renewed)))
        .compose(batch -> batch.claimed() == OrderSql.RENEWAL_BATCH
            ? batches(now, run, renewedBefore + batch.renewed())
            : Future.succeededFuture(renewedBefore + batch.renewed()));
  }

  /** How many rows a batch claimed, and how many of them it renewed. */
  private record Batch(int claimed, int renewed) {}

  private Future<Integer> renewAll(RowSet<Row> claimed, Instant now, String run) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (Row r : claimed) {
      Reservation old = ReservationMapper.of(r);
      chain = chain.compose(done -> renew(old, now, run).map(ok -> done + (ok ? 1 : 0)));
    }
    return chain;
  }

  private Future<Boolean> renew(Reservation old, Instant now, String run) {
    Instant expiry = old.expiresAt();
    return pool.preparedQuery(OrderSql.CUSTOMER_COUNTRY).execute(Tuple.of(old.customerId()))
        .compose(rows -> catalog.resolve(old.catalogItemId(), rows.iterator().next().getString(0), expiry,
            LineTiers.ofBought(old.partnerId(), old.resellerPartnerId(), old.customerId()), "renewal"))
        .compose(item -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.RENEWAL_LOCK).execute(Tuple.of(old.id(), run))
            .compose(locked -> locked.size() == 0 ? Future.succeededFuture(false) : write(conn, old, item, now, expiry))));
  }

  private static Future<Boolean> write(SqlConnection conn, Reservation old, CatalogItem item, Instant now, Instant expiry) {
    String id = old.id();
    if (item == null || !item.purchasable()) {
      LOG.warn("reservation {} could not be renewed: its item is no longer sold", id);
      return conn.preparedQuery(OrderSql.RENEWED).execute(Tuple.of(id, "not-renewed: item no longer sold")).map(v -> false);
    }
    OrderWriter.Purchase purchase = new OrderWriter.Purchase(item, old.quantity(),
        old.appliedSubscription() != null ? old.appliedSubscription() : old.subscriptionId(), old.appliedScopeType(), true,
        BillingPlan.valueOf(old.billingPlan()));
    PartnerOfRecord record = new PartnerOfRecord(old.resellerPartnerId(), old.partnerIdOnRecord());
    return OrderWriter.write(conn, old.partnerId(), old.customerId(), null, "renewal", "renewal", record,
            List.of(purchase), "renewal", now, expiry)
        .compose(written -> conn.preparedQuery(OrderSql.RENEWED).execute(Tuple.of(id, written.reservationIds().get(0)))
            .compose(v -> PartnerEvents.write(conn, EventTypes.RESERVATION_RENEWED, old.partnerId(), old.resellerPartnerId(),
                old.customerId(), now, new JsonObject().put("reservationId", id).put("reservationOrderId", old.reservationOrderId())
                    .put("renewedTo", written.reservationIds().get(0)).put("orderId", written.orderId())
                    .put("expiryDateTime", expiry.toString()))))
        .map(v -> true);
  }
}
