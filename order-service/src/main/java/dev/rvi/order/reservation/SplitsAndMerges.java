package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.reservation.MergeRequest;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.SplitRequest;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
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
import java.util.function.Function;

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

  /** What reservations must share to merge, by the names a refusal gives them. */
  private static final List<Property> MERGE_PROPERTIES = List.of(new Property("arm_sku_name", Reservation::armSkuName),
      new Property("arm_region_name", Reservation::armRegionName), new Property("term", Reservation::term),
      new Property("applied_scope_type", Reservation::appliedScopeType),
      new Property("applied_subscription", Reservation::appliedSubscription),
      new Property("instance_flexibility", Reservation::instanceFlexibility), new Property("billing_plan", Reservation::billingPlan),
      new Property("currency", Reservation::currency));

  private record Property(String name, Function<Reservation, Object> value) {}

  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;
  private final Idempotency idempotency;

  public SplitsAndMerges(Pool pool, Clock clock, OrderHistory history, Idempotency idempotency) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
    this.idempotency = idempotency;
  }

  /** The reservations a split or merge made, as its idempotency record keeps them (a JSON array of ids). */
  private static List<String> made(String recorded) {
    return new JsonArray(recorded).stream().map(String::valueOf).toList();
  }

  /** A split, once per idempotency key (Azure's x-ms-client-request-id): a repeat answers the parts the first made. */
  public Future<JsonObject> split(Caller caller, SplitRequest request, String key, String hash) {
    return PartnerContext.of(pool, caller).compose(partner -> idempotency.once(partner.id(), key, hash,
            recorder -> split(caller, partner, request, recorder)))
        .compose(recorded -> history.reservationsNamed(caller, request.customerId(), request.reservationOrderId(), made(recorded)));
  }

  private Future<String> split(Caller caller, PartnerContext partner, SplitRequest request, Idempotency.Recorder recorder) {
    List<Integer> quantities = request.quantities() == null ? List.of() : request.quantities();
    if (quantities.size() < 2) {
      throw Errors.badRequest(SOURCE, "a split makes at least two reservations: give two or more quantities");
    }
    if (quantities.stream().anyMatch(q -> q == null || q < 1)) {
      throw Errors.badRequest(SOURCE, "each quantity of a split is at least 1");
    }
    int total = quantities.stream().mapToInt(Integer::intValue).sum();
    Instant now = clock.instant();
    return ReservationAccess.require(pool, partner, caller, request.customerId(),
            request.reservationOrderId(), request.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(source -> {
          requireLive(source, now);
          if (total != source.quantity()) {
            throw Errors.badRequest(SOURCE, "the quantities sum to " + total + ", not the reservation's quantity " + source.quantity());
          }
          List<String> parts = new ArrayList<>();
          quantities.forEach(q -> parts.add(UUID.randomUUID().toString()));
          return pool.withTransaction(conn -> lock(conn, partner, List.of(source)).compose(v -> {
            Future<Void> chain = Future.succeededFuture();
            for (int i = 0; i < parts.size(); i++) {
              String part = parts.get(i);
              int quantity = quantities.get(i);
              chain = chain.compose(x -> copy(conn, partner, source.id(), part, quantity))
                  .compose(x -> revision(conn, partner, caller, part, "split", new JsonObject().put("splitFrom", source.id()),
                      new JsonObject().put("quantity", quantity)));
            }
            return chain.compose(x -> end(conn, partner, caller, source, SPLIT, new JsonObject().put("splitInto", new JsonArray(parts))))
                .compose(x -> recorder.record(conn, new JsonArray(parts).encode()));
          }));
        });
  }

  /** A merge, once per idempotency key: a repeat answers the reservation the first made. */
  public Future<JsonObject> merge(Caller caller, MergeRequest request, String key, String hash) {
    return PartnerContext.of(pool, caller).compose(partner -> idempotency.once(partner.id(), key, hash,
            recorder -> merge(caller, partner, request, recorder)))
        .compose(recorded -> history.reservation(caller, new ReservationRef(request.customerId(), request.reservationOrderId(),
            made(recorded).get(0))));
  }

  private Future<String> merge(Caller caller, PartnerContext partner, MergeRequest request, Idempotency.Recorder recorder) {
    List<String> ids = request.sources() == null ? List.of() : request.sources();
    Set<String> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() < 2) {
      throw Errors.badRequest(SOURCE, "a merge takes at least two different reservations");
    }
    Instant now = clock.instant();
    List<Future<Reservation>> loaded = new ArrayList<>();
    for (String id : distinct) {
      loaded.add(ReservationAccess.require(pool, partner, caller, request.customerId(), request.reservationOrderId(), id,
          ReservationAccess.Need.MANAGE));
    }
    return Future.all(loaded).compose(all -> {
      List<Reservation> sources = loaded.stream().map(Future::result).toList();
      Reservation first = sources.get(0);
      int total = 0;
      for (Reservation source : sources) {
        requireLive(source, now);
        for (Property property : MERGE_PROPERTIES) {
          if (!Objects.equals(property.value().apply(first), property.value().apply(source))) {
            throw Errors.badRequest(SOURCE, "reservations " + first.id() + " and " + source.id()
                + " differ in " + property.name() + ": only reservations with the same properties merge");
          }
        }
        if (first.unitPrice().compareTo(source.unitPrice()) != 0 || !first.effectiveAt().equals(source.effectiveAt())
            || !first.expiresAt().equals(source.expiresAt())) {
          throw Errors.badRequest(SOURCE, "reservations " + first.id() + " and " + source.id()
              + " were bought at another price or time: only reservations with the same terms merge");
        }
        total += source.quantity();
      }
      String merged = UUID.randomUUID().toString();
      int quantity = total;
      List<String> sourceIds = sources.stream().map(Reservation::id).toList();
      return pool.withTransaction(conn -> lock(conn, partner, sources)
          .compose(v -> copy(conn, partner, first.id(), merged, quantity))
          .compose(v -> revision(conn, partner, caller, merged, "merge", new JsonObject().put("mergedFrom", new JsonArray(sourceIds)),
              new JsonObject().put("quantity", quantity)))
          .compose(v -> {
            Future<Void> chain = Future.succeededFuture();
            for (Reservation source : sources) {
              chain = chain.compose(x -> end(conn, partner, caller, source, MERGED, new JsonObject().put("mergedInto", merged)));
            }
            return chain.compose(x -> recorder.record(conn, new JsonArray().add(merged).encode()));
          }));
    });
  }

  private static void requireLive(Reservation reservation, Instant now) {
    if (reservation.quantity() == 0) {
      throw Errors.badRequest(SOURCE, "reservation " + reservation.id() + " has nothing left (" + reservation.provisioningState() + ")");
    }
    if (!now.isBefore(reservation.expiresAt())) {
      throw Errors.badRequest(SOURCE, "reservation " + reservation.id() + " has expired");
    }
  }

  /** Locks the sources and checks that nothing changed them since they were read (a refund or split meanwhile). */
  private static Future<Void> lock(SqlConnection conn, PartnerContext partner, List<Reservation> sources) {
    Future<Void> chain = Future.succeededFuture();
    for (Reservation source : sources) {
      chain = chain.compose(v -> conn.preparedQuery(OrderSql.RESERVATION_LOCK).execute(Tuple.of(source.id(), partner.id()))
          .map(rows -> {
            if (rows.size() == 0 || ReservationMapper.of(rows.iterator().next()).quantity() != source.quantity()) {
              throw Errors.conflict(SOURCE, "reservation " + source.id() + " changed meanwhile; try again");
            }
            return null;
          }));
    }
    return chain;
  }

  private static Future<Void> copy(SqlConnection conn, PartnerContext partner, String from, String id, int quantity) {
    return conn.preparedQuery(OrderSql.RESERVATION_COPY).execute(Tuple.of(id, from, quantity, partner.id())).mapEmpty();
  }

  private Future<Void> end(SqlConnection conn, PartnerContext partner, Caller caller, Reservation source, String state,
                           JsonObject into) {
    return conn.preparedQuery(OrderSql.RESERVATION_END).execute(Tuple.of(source.id(), partner.id(), state))
        .compose(v -> revision(conn, partner, caller, source.id(), state.equals(SPLIT) ? "split" : "merge",
            new JsonObject().put("quantity", source.quantity()), into.put("quantity", 0)));
  }

  private Future<Void> revision(SqlConnection conn, PartnerContext partner, Caller caller, String reservationId, String change,
                                JsonObject before, JsonObject after) {
    return conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(reservationId, partner.id(), caller.userId(),
        OffsetDateTime.now(clock), change, before.encode(), after.encode())).mapEmpty();
  }
}
