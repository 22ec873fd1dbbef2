package dev.rvi.order.access;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.domain.support.SupportReservation;
import dev.rvi.order.commitment.Reservation;
import dev.rvi.order.commitment.ReservationMapper;
import dev.rvi.order.commitment.ReservationRoleMapper;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may read and who may manage one reservation (its access control, IAM). Admin agents of the
 * owning partner may do both; billing admins read. Sales and helpdesk agents read with a Reader or
 * Administrator assignment on the reservation or explicit access to its subscription, and manage with
 * an Administrator assignment or explicit access to its subscription. The reseller of record reads.
 */
public final class ReservationAccess {
  private static final String SOURCE = "order";

  private ReservationAccess() {}

  public enum Need { READ, MANAGE }

  /** The reservation if it is the caller's to see (404 otherwise) and the caller may do what it needs (403 otherwise). */
  public static Future<Reservation> require(SqlClient sql, PartnerContext partner, Caller caller, String customerId, String reservationOrderId,
                                    String reservationId, Need need) {
    return sql.preparedQuery(OrderSql.RESERVATION_FOR)
        .execute(Tuple.of(reservationId, reservationOrderId, customerId, partner.id()))
        .compose(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "reservation " + reservationId + " not found");
          }
          Reservation reservation = ReservationMapper.of(rows.iterator().next());
          boolean owner = partner.id().equals(reservation.partnerId());
          if (!owner) {
            if (need == Need.MANAGE) {
              throw forbidden("the reseller of record reads this reservation; the provider manages it");
            }
            return Future.succeededFuture(reservation);
          }
          if (caller.has(Role.ADMIN_AGENT)) {
            return Future.succeededFuture(reservation);
          }
          if (need == Need.READ && caller.has(Role.BILLING_ADMIN)) {
            return Future.succeededFuture(reservation);
          }
          if (!caller.has(Role.SALES_AGENT) && !caller.has(Role.HELPDESK_AGENT)) {
            throw forbidden("this role may not " + (need == Need.READ ? "read" : "manage") + " reservations");
          }
          return sql.preparedQuery(OrderSql.ROLE_GET).execute(Tuple.of(reservationId, caller.userId(), partner.id()))
              .compose(roles -> sql.preparedQuery(OrderSql.AGENT_ACCESS_GET)
                  .execute(Tuple.of(reservation.subscriptionId(), caller.userId(), partner.id()))
                  .map(access -> {
                    String role = roles.size() == 0 ? null : ReservationRoleMapper.of(roles.iterator().next()).role();
                    boolean subscriptionAccess = access.size() > 0;
                    boolean allowed = subscriptionAccess || "Administrator".equals(role) || (need == Need.READ && role != null);
                    if (!allowed) {
                      throw forbidden("user " + caller.userId() + " needs " + (need == Need.READ ? "a role on" : "the Administrator role on")
                          + " this reservation, or explicit access to its subscription");
                    }
                    return reservation;
                  }));
        });
  }

  /**
   * Several reservations of one customer, in the order named, each the caller's to manage: what an exchange or a
   * trade-in gives back. One unknown id is a 404.
   */
  public static Future<List<Reservation>> requireAll(SqlClient sql, PartnerContext partner, Caller caller, String customerId,
                                                     List<String> reservationIds) {
    return sql.preparedQuery(OrderSql.RESERVATIONS_OF_CUSTOMER)
        .execute(Tuple.of(reservationIds.toArray(String[]::new), customerId, partner.id()))
        .compose(rows -> {
          Map<String, Reservation> byId = new HashMap<>();
          rows.forEach(row -> {
            Reservation r = ReservationMapper.of(row);
            byId.put(r.id(), r);
          });
          List<Reservation> ordered = new ArrayList<>();
          Future<Void> access = Future.succeededFuture();
          for (String id : reservationIds) {
            Reservation r = byId.get(id);
            if (r == null) {
              throw Errors.notFound(SOURCE, "reservation " + id + " not found");
            }
            ordered.add(r);
            access = access.compose(v -> require(sql, partner, caller, customerId, r.reservationOrderId(), r.id(), Need.MANAGE).mapEmpty());
          }
          return access.map(v -> ordered);
        });
  }

  /**
   * For filing a support request: the reservation is the owning partner's, of this customer, and the
   * caller is an admin agent or has explicit access to its subscription. Answers the ids support records.
   */
  public static Future<SupportReservation> forSupport(SqlClient sql, PartnerContext partner, Caller caller, ReservationRef ref) {
    String reservationId = ref.reservationId();
    String reservationOrderId = ref.reservationOrderId();
    String customerId = ref.customerId();
    return sql.preparedQuery(OrderSql.RESERVATION_FOR).execute(Tuple.of(reservationId, reservationOrderId, customerId, partner.id()))
        .compose(rows -> {
          Reservation r = rows.size() == 0 ? null : ReservationMapper.of(rows.iterator().next());
          if (r == null || !partner.id().equals(r.partnerId())) {
            throw Errors.notFound(SOURCE, "reservation " + reservationId + " not found for this customer");
          }
          return AgentAccess.require(sql, partner, caller, r.subscriptionId())
              .map(v -> new SupportReservation(r.id(), r.reservationOrderId(), r.subscriptionId(), r.customerId(), r.quantity(),
                  r.armSkuName()));
        });
  }

  private static RuntimeException forbidden(String why) {
    return ApiError.of(403, ErrorCode.FORBIDDEN, why, SOURCE).exception();
  }
}
