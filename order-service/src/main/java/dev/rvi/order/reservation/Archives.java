package dev.rvi.order.reservation;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.reservation.ReservationArchive;
import dev.rvi.domain.reservation.ReservationRef;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Azure's archive and unarchive: a reservation no longer in force (cancelled, expired, split, merged, exchanged, traded in)
 * is hidden from the lists that ask for unarchived ones, or shown again. One in force is refused: its benefit still applies.
 */
public final class Archives {
  private static final String SOURCE = "order";
  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;

  public Archives(Pool pool, Clock clock, OrderHistory history) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
  }

  public Future<JsonObject> archive(Caller caller, ReservationArchive a) {
    return PartnerContext.of(pool, caller).compose(partner -> ReservationAccess.require(pool, partner, caller, a.customerId(),
            a.reservationOrderId(), a.reservationId(), ReservationAccess.Need.MANAGE)
        .compose(r -> pool.preparedQuery(OrderSql.RESERVATION_ARCHIVE).execute(Tuple.of(a.reservationId(), a.reservationOrderId(),
            a.customerId(), r.partnerId(), a.archived(), clock.instant().atOffset(ZoneOffset.UTC))))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.badRequest(SOURCE, "reservation " + a.reservationId() + " is in force: only one that is cancelled, expired, "
                + "split, merged, exchanged or traded in is " + (a.archived() ? "archived" : "unarchived"));
          }
          return null;
        }))
        .compose(v -> history.reservation(caller, new ReservationRef(a.customerId(), a.reservationOrderId(), a.reservationId())));
  }
}
