package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.reservation.MergeRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.SplitRequest;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Azure's split and merge. A split makes several reservations whose quantities sum to the source's; a merge makes
 * one of several reservations of one order with the same size, region, term, plan, scope, flexibility, price and dates.
 * The new ones keep everything else (order, term, expiry, partner of record, purchase date); the sources end with
 * nothing left and {@code displayProvisioningState} {@code Split} or {@code Merged}. Both are one transaction with
 * the sources locked, and each reservation touched gets a revision.
 */
public final class SplitsAndMerges {
  private static final String SOURCE = "order";
  static final String SPLIT = "Split";
  static final String MERGED = "Merged";

  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;

  public SplitsAndMerges(Pool pool, Clock clock, OrderHistory history) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
  }

  public Future<JsonObject> split(Caller caller, SplitRequest request) {
    List<Integer> quantities = request.quantities() == null ? List.of() : request.quantities();
    if (quantities.size() < 2) {
      throw Errors.badRequest(SOURCE, "a split makes at least two reservations: give two or more quantities");
    }
    if (quantities.stream().anyMatch(q -> q == null || q < 1)) {
      throw Errors.badRequest(SOURCE, "each quantity of a split is at least 1");
    }
    int total = quantities.stream().mapToInt(Integer::intValue).sum();
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, request.customerId(),
            request.reservationOrderId(), request.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(source -> {
          requireLive(source, now);
          if (total != source.getInteger("quantity")) {
            throw Errors.badRequest(SOURCE, "the quantities sum to " + total + ", not the reservation's quantity "
                + source.getInteger("quantity"));
          }
          List<String> parts = new ArrayList<>();
          quantities.forEach(q -> parts.add(UUID.randomUUID().toString()));
          return pool.withTransaction(conn -> lock(conn, partner, List.of(source)).compose(v -> {
            Future<Void> chain = Future.succeededFuture();
            for (int i = 0; i < parts.size(); i++) {
              String part = parts.get(i);
              int quantity = quantities.get(i);
              chain = chain.compose(x -> copy(conn, partner, source.getString("id"), part, quantity))
                  .compose(x -> revision(conn, partner, caller, part, "split", new JsonObject().put("splitFrom", source.getString("id")),
                      new JsonObject().put("quantity", quantity)));
            }
            return chain.compose(x -> end(conn, partner, caller, source, SPLIT, new JsonObject().put("splitInto", new JsonArray(parts))));
          })).compose(v -> reservations(caller, request.customerId(), request.reservationOrderId(), parts));
        }));
  }

  public Future<JsonObject> merge(Caller caller, MergeRequest request) {
    List<String> ids = request.sources() == null ? List.of() : request.sources();
    Set<String> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() < 2) {
      throw Errors.badRequest(SOURCE, "a merge takes at least two different reservations");
    }
    Instant now = clock.instant();
    return PartnerContext.of(pool, caller).compose(partner -> {
      List<Future<Row>> loaded = new ArrayList<>();
      for (String id : distinct) {
        loaded.add(ReservationAccess.require(pool, partner, caller, request.customerId(), request.reservationOrderId(), id,
            ReservationAccess.Need.MANAGE));
      }
      return Future.all(loaded).compose(all -> {
        List<Row> sources = loaded.stream().map(Future::result).toList();
        Row first = sources.get(0);
        int total = 0;
        for (Row source : sources) {
          requireLive(source, now);
          for (String property : List.of("arm_sku_name", "arm_region_name", "term", "applied_scope_type", "applied_subscription",
              "instance_flexibility", "billing_plan", "currency")) {
            if (!Objects.equals(first.getValue(property), source.getValue(property))) {
              throw Errors.badRequest(SOURCE, "reservations " + first.getString("id") + " and " + source.getString("id")
                  + " differ in " + property + ": only reservations with the same properties merge");
            }
          }
          if (first.getBigDecimal("unit_price").compareTo(source.getBigDecimal("unit_price")) != 0
              || !first.getOffsetDateTime("effective_at").isEqual(source.getOffsetDateTime("effective_at"))
              || !first.getOffsetDateTime("expires_at").isEqual(source.getOffsetDateTime("expires_at"))) {
            throw Errors.badRequest(SOURCE, "reservations " + first.getString("id") + " and " + source.getString("id")
                + " were bought at another price or time: only reservations with the same terms merge");
          }
          total += source.getInteger("quantity");
        }
        String merged = UUID.randomUUID().toString();
        int quantity = total;
        List<String> sourceIds = sources.stream().map(r -> r.getString("id")).toList();
        return pool.withTransaction(conn -> lock(conn, partner, sources)
            .compose(v -> copy(conn, partner, first.getString("id"), merged, quantity))
            .compose(v -> revision(conn, partner, caller, merged, "merge", new JsonObject().put("mergedFrom", new JsonArray(sourceIds)),
                new JsonObject().put("quantity", quantity)))
            .compose(v -> {
              Future<Void> chain = Future.succeededFuture();
              for (Row source : sources) {
                chain = chain.compose(x -> end(conn, partner, caller, source, MERGED, new JsonObject().put("mergedInto", merged)));
              }
              return chain;
            }))
            .compose(v -> history.reservation(caller, new ReservationRef(request.customerId(), request.reservationOrderId(), merged)));
      });
    });
  }

  private static void requireLive(Row reservation, Instant now) {
    if (reservation.getInteger("quantity") == 0) {
      throw Errors.badRequest(SOURCE, "reservation " + reservation.getString("id") + " has nothing left ("
          + reservation.getString("provisioning_state") + ")");
    }
    if (!now.isBefore(reservation.getOffsetDateTime("expires_at").toInstant())) {
      throw Errors.badRequest(SOURCE, "reservation " + reservation.getString("id") + " has expired");
    }
  }

  /** Locks the sources and checks that nothing changed them since they were read (a refund or split meanwhile). */
  private static Future<Void> lock(SqlConnection conn, PartnerContext partner, List<Row> sources) {
    Future<Void> chain = Future.succeededFuture();
    for (Row source : sources) {
      chain = chain.compose(v -> conn.preparedQuery(OrderSql.RESERVATION_LOCK).execute(Tuple.of(source.getString("id"), partner.id()))
          .map(rows -> {
            if (rows.size() == 0 || !rows.iterator().next().getInteger("quantity").equals(source.getInteger("quantity"))) {
              throw Errors.conflict(SOURCE, "reservation " + source.getString("id") + " changed meanwhile; try again");
            }
            return null;
          }));
    }
    return chain;
  }

  private static Future<Void> copy(SqlConnection conn, PartnerContext partner, String from, String id, int quantity) {
    return conn.preparedQuery(OrderSql.RESERVATION_COPY).execute(Tuple.of(id, from, quantity, partner.id())).mapEmpty();
  }

  private Future<Void> end(SqlConnection conn, PartnerContext partner, Caller caller, Row source, String state, JsonObject into) {
    return conn.preparedQuery(OrderSql.RESERVATION_END).execute(Tuple.of(source.getString("id"), partner.id(), state))
        .compose(v -> revision(conn, partner, caller, source.getString("id"), state.equals(SPLIT) ? "split" : "merge",
            new JsonObject().put("quantity", source.getInteger("quantity")), into.put("quantity", 0)));
  }

  private Future<Void> revision(SqlConnection conn, PartnerContext partner, Caller caller, String reservationId, String change,
                                JsonObject before, JsonObject after) {
    return conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(reservationId, partner.id(), caller.userId(),
        OffsetDateTime.now(clock), change, before.encode(), after.encode())).mapEmpty();
  }

  /** The new reservations, in the order of the quantities given. */
  private Future<JsonObject> reservations(Caller caller, String customerId, String reservationOrderId, List<String> ids) {
    return history.reservations(caller, new ListQuery(customerId, 1000, 0, null, reservationOrderId)).map(page -> {
      JsonArray items = new JsonArray();
      for (String id : ids) {
        for (Object o : page.getJsonArray("items")) {
          if (id.equals(((JsonObject) o).getString("id"))) {
            items.add(o);
          }
        }
      }
      return CollectionPage.of(items);
    });
  }
}
