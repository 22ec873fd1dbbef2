package dev.rvi.order.reservation;

import dev.rvi.order.sql.OrderSql;
import dev.rvi.order.cart.PartnerOfRecord;
import dev.rvi.order.catalog.CatalogClient;
import dev.rvi.order.checkout.OrderWriter;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renewal: a reservation with {@code renew} on is succeeded at its expiry by a new one of the same
 * size, region, term, quantity and scope, at the price in effect at that moment, under the same
 * partner of record. Runs on a timer and whenever the test clock moves; rows are claimed with
 * SKIP LOCKED so several instances never renew one reservation twice.
 */
public final class Renewals {
  private static final Logger LOG = LoggerFactory.getLogger(Renewals.class);

  private final Pool pool;
  private final Clock clock;
  private final CatalogClient catalog;

  public Renewals(Pool pool, Clock clock, CatalogClient catalog) {
    this.pool = pool;
    this.clock = clock;
    this.catalog = catalog;
  }

  /** Renews everything due now, a batch (one transaction) at a time; answers how many were renewed. */
  public Future<JsonObject> runDue() {
    Instant now = clock.instant();
    return batches(now, 0).map(count -> new JsonObject().put("renewed", count).put("at", now.toString()));
  }

  /** One batch, then the next while batches come back full; every claimed row is marked, so none comes back twice. */
  private Future<Integer> batches(Instant now, int renewedBefore) {
    return pool.withTransaction(conn -> conn.preparedQuery(OrderSql.RENEWALS_DUE)
            .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), OrderSql.RENEWAL_BATCH))
            .compose(rows -> {
              Future<Integer> chain = Future.succeededFuture(0);
              for (Row r : rows) {
                chain = chain.compose(done -> renew(conn, r, now).map(ok -> done + (ok ? 1 : 0)));
              }
              return chain.map(renewed -> new Batch(rows.size(), renewed));
            }))
        .compose(batch -> batch.claimed() == OrderSql.RENEWAL_BATCH
            ? batches(now, renewedBefore + batch.renewed())
            : Future.succeededFuture(renewedBefore + batch.renewed()));
  }

  /** How many rows a batch claimed, and how many of them it renewed. */
  private record Batch(int claimed, int renewed) {}

  private Future<Boolean> renew(SqlConnection conn, Row old, Instant now) {
    Instant expiry = old.getOffsetDateTime("expires_at").toInstant();
    String id = old.getString("id");
    return conn.preparedQuery(OrderSql.CUSTOMER_COUNTRY).execute(Tuple.of(old.getString("customer_id")))
        .compose(rows -> catalog.resolve(old.getString("catalog_item_id"), rows.iterator().next().getString("country"), expiry, "renewal"))
        .compose(item -> {
          if (item == null || !item.purchasable()) {
            LOG.warn("reservation {} could not be renewed: its item is no longer sold", id);
            return conn.preparedQuery(OrderSql.RENEWED).execute(Tuple.of(id, "not-renewed: item no longer sold")).map(v -> false);
          }
          OrderWriter.Purchase purchase = new OrderWriter.Purchase(item, old.getInteger("quantity"),
              old.getString("applied_subscription") != null ? old.getString("applied_subscription") : old.getString("subscription_id"),
              old.getString("applied_scope_type"), true);
          PartnerOfRecord record = new PartnerOfRecord(old.getString("reseller_partner_id"), old.getString("partner_id_on_record"));
          return OrderWriter.write(conn, old.getString("partner_id"), old.getString("customer_id"), null, "renewal", "renewal", record,
                  List.of(purchase), "renewal", now, expiry)
              .compose(written -> conn.preparedQuery(OrderSql.RENEWED).execute(Tuple.of(id, written.reservationIds().get(0))))
              .map(v -> true);
        });
  }
}
