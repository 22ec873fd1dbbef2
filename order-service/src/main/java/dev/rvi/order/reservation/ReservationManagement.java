package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.domain.reservation.RoleAssignment;
import dev.rvi.domain.reservation.RoleAssignmentRef;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.commitment.ReservationRoleMapper;
import dev.rvi.order.commitment.RevisionMapper;
import dev.rvi.order.customer.Subscription;
import dev.rvi.order.customer.SubscriptionMapper;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.history.RevisionView;
import dev.rvi.order.history.RoleAssignmentView;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Configure (scope, subscription, renewal) with every change kept as a revision, and the reservation's
 * access control: Reader / Administrator assignments for partner users.
 */
public final class ReservationManagement {
  private static final String SOURCE = "order";
  private static final Set<String> ROLES = Set.of("Reader", "Administrator");

  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;

  public ReservationManagement(Pool pool, Clock clock, OrderHistory history) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
  }

  public Future<JsonObject> configure(Caller caller, ReservationUpdate u) {
    if (u.readOnlyFields() != null && !u.readOnlyFields().isEmpty()) {
      String fields = String.join(", ", u.readOnlyFields());
      String why = u.readOnlyFields().contains("partnerIdOnRecord")
          ? "the partner of record cannot be changed after purchase; cancel the reservation and buy a new one with the new partner of record"
          : fields + " cannot be changed";
      throw Errors.badRequest(SOURCE, why);
    }
    String scope = u.appliedScopeType();
    if (scope != null && !scope.equals("Single") && !scope.equals("Shared")) {
      throw Errors.badRequest(SOURCE, "appliedScopeType must be Single or Shared");
    }
    if (scope == null && u.appliedSubscriptionId() == null && u.renew() == null && u.instanceFlexibility() == null
        && u.displayName() == null) {
      throw Errors.badRequest(SOURCE, "nothing to change: give appliedScopeType/appliedScopes, renew, name or instanceFlexibility");
    }
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, u.customerId(),
            u.reservationOrderId(), u.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(current -> {
          if (current.quantity() == 0) {
            throw Errors.conflict(SOURCE, "the reservation was cancelled");
          }
          String newScope = scope != null ? scope : (u.appliedSubscriptionId() != null ? "Single" : current.appliedScopeType());
          String newSubscription = "Shared".equals(newScope) ? null
              : u.appliedSubscriptionId() != null ? u.appliedSubscriptionId() : current.appliedSubscription();
          if ("Shared".equals(newScope) && u.appliedSubscriptionId() != null) {
            throw Errors.badRequest(SOURCE, "a Shared reservation applies to all the customer's subscriptions; give no appliedScopes");
          }
          if ("Single".equals(newScope) && newSubscription == null) {
            throw Errors.badRequest(SOURCE, "a Single reservation needs appliedScopes with one subscription");
          }
          boolean renew = u.renew() != null ? u.renew() : current.renew();
          boolean hasGroup = current.flexRatio() != null;
          String flexibility = u.instanceFlexibility() != null ? u.instanceFlexibility() : current.instanceFlexibility();
          if (!hasGroup && "On".equals(u.instanceFlexibility())) {
            throw Errors.badRequest(SOURCE, current.armSkuName() + " has no instance size flexibility group: "
                + "its reservations cover only that size");
          }
          String name = u.displayName() != null ? u.displayName() : current.displayName();
          Future<Void> subscriptionOk = newSubscription == null || newSubscription.equals(current.appliedSubscription())
              ? Future.succeededFuture() : checkSubscription(partner, caller, u.customerId(), newSubscription);
          JsonObject before = state(current.appliedScopeType(), current.appliedSubscription(), current.renew(), current.displayName(),
              current.instanceFlexibility());
          JsonObject after = state(newScope, newSubscription, renew, name, flexibility);
          return subscriptionOk.compose(v -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.RESERVATION_LOCK)
              .execute(Tuple.of(u.reservationId(), partner.id()))
              .compose(locked -> conn.preparedQuery(OrderSql.RESERVATION_CONFIGURE)
                  .execute(Tuple.of(u.reservationId(), partner.id(), newScope, newSubscription, renew, name, flexibility)))
              .compose(done -> before.equals(after) ? Future.succeededFuture() : conn.preparedQuery(OrderSql.REVISION_INSERT)
                  .execute(Tuple.of(u.reservationId(), partner.id(), caller.userId(), OffsetDateTime.now(clock), "configure",
                      before.encode(), after.encode()))
                  .compose(revised -> PartnerEvents.write(conn, EventTypes.RESERVATION_CHANGED, partner.id(),
                      current.resellerPartnerId(), u.customerId(), clock.instant(), new JsonObject()
                          .put("reservationId", u.reservationId()).put("reservationOrderId", u.reservationOrderId())
                          .put("changedBy", caller.userId()).put("before", before).put("after", after))))));
        })
        .compose(v -> history.reservation(caller, new ReservationRef(u.customerId(), u.reservationOrderId(), u.reservationId()))));
  }

  private Future<Void> checkSubscription(PartnerContext partner, Caller caller, String customerId, String subscriptionId) {
    return pool.preparedQuery(OrderSql.SUBSCRIPTION_OWNED).execute(Tuple.of(subscriptionId, customerId, partner.id())).compose(rows -> {
      Subscription subscription = rows.size() == 0 ? null : SubscriptionMapper.of(rows.iterator().next());
      if (subscription == null) {
        throw ApiError.of(400, ErrorCode.NOT_AN_AZURE_SUBSCRIPTION,
            "subscription " + subscriptionId + " is not a valid Azure subscription of this customer", SOURCE).exception();
      }
      if (!subscription.active()) {
        throw ApiError.of(400, ErrorCode.SUBSCRIPTION_NOT_ACTIVE, "subscription " + subscriptionId + " is not active", SOURCE).exception();
      }
      return AgentAccess.require(pool, partner, caller, subscriptionId);
    });
  }

  private static JsonObject state(String scope, String subscription, boolean renew, String name, String flexibility) {
    JsonArray scopes = new JsonArray();
    if (subscription != null) {
      scopes.add("/subscriptions/" + subscription);
    }
    JsonObject state = new JsonObject().put("appliedScopeType", scope).put("appliedScopes", scopes).put("renew", renew)
        .put("instanceFlexibility", flexibility);
    return name == null ? state : state.put("displayName", name);
  }

  public Future<JsonObject> revisions(Caller caller, ReservationRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, ids.customerId(),
            ids.reservationOrderId(), ids.reservationId(), ReservationAccess.Need.READ)
        .compose(r -> pool.preparedQuery(OrderSql.REVISIONS).execute(Tuple.of(ids.reservationId(), r.partnerId()))))
        .map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(RevisionView.of(RevisionMapper.of(row))));
          return CollectionPage.of(items);
        });
  }

  public Future<JsonObject> roles(Caller caller, ReservationRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, ids.customerId(),
            ids.reservationOrderId(), ids.reservationId(), ReservationAccess.Need.READ)
        .compose(r -> pool.preparedQuery(OrderSql.ROLE_LIST).execute(Tuple.of(ids.reservationId(), partner.id()))))
        .map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(role(row)));
          return CollectionPage.of(items);
        });
  }

  public Future<JsonObject> role(Caller caller, RoleAssignmentRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, ids.customerId(),
            ids.reservationOrderId(), ids.reservationId(), ReservationAccess.Need.READ)
        .compose(r -> pool.preparedQuery(OrderSql.ROLE_GET).execute(Tuple.of(ids.reservationId(), ids.userId(), partner.id()))))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "user " + ids.userId() + " has no role on this reservation");
          }
          return role(rows.iterator().next());
        });
  }

  public Future<JsonObject> assign(Caller caller, RoleAssignment a) {
    if (a.role() == null || !ROLES.contains(a.role())) {
      throw Errors.badRequest(SOURCE, "role must be Reader or Administrator");
    }
    if (a.userId() == null || !a.userId().matches("[A-Za-z0-9@._\\-]{1,128}")) {
      throw Errors.badRequest(SOURCE, "userId must be a user id or principal name");
    }
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, a.customerId(),
            a.reservationOrderId(), a.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(r -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.ROLE_PUT)
            .execute(Tuple.of(a.reservationId(), a.userId(), partner.id(), a.role(), caller.userId(), OffsetDateTime.now(clock)))
            .compose(v -> conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(a.reservationId(), partner.id(), caller.userId(),
                OffsetDateTime.now(clock), "roleAssignment", new JsonObject().put("userId", a.userId()).encode(),
                new JsonObject().put("userId", a.userId()).put("role", a.role()).encode())))
            .compose(v -> conn.preparedQuery(OrderSql.ROLE_GET).execute(Tuple.of(a.reservationId(), a.userId(), partner.id()))))))
        .map(rows -> role(rows.iterator().next()));
  }

  public Future<String> unassign(Caller caller, RoleAssignmentRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, ids.customerId(),
            ids.reservationOrderId(), ids.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(r -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.ROLE_DELETE)
            .execute(Tuple.of(ids.reservationId(), ids.userId(), partner.id()))
            .compose(deleted -> {
              if (deleted.rowCount() == 0) {
                throw Errors.notFound(SOURCE, "user " + ids.userId() + " has no role on this reservation");
              }
              return conn.preparedQuery(OrderSql.REVISION_INSERT).execute(Tuple.of(ids.reservationId(), partner.id(), caller.userId(),
                  OffsetDateTime.now(clock), "roleAssignment", new JsonObject().put("userId", ids.userId()).encode(),
                  new JsonObject().put("userId", ids.userId()).put("role", (String) null).encode()));
            }))))
        .map(v -> null);
  }

  private static JsonObject role(Row row) {
    return RoleAssignmentView.of(ReservationRoleMapper.of(row));
  }
}
