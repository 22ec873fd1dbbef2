package dev.rvi.order.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.usage.HourWindow;
import dev.rvi.domain.usage.InForceQuery;
import dev.rvi.domain.usage.ReservationHoursOf;
import dev.rvi.domain.usage.ReservationHoursQuery;
import dev.rvi.domain.usage.UtilizationOf;
import dev.rvi.domain.usage.UtilizationQuery;
import dev.rvi.order.access.ReservationAccess;
import dev.rvi.order.history.OrderHistory;
import dev.rvi.order.partner.PartnerContext;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A reservation's daily utilization: the caller's right to read the reservation is checked here, then the usage
 * service computes the days with the reservation and the reservations in force around the window, told in the
 * question, so it never asks this service back.
 */
public final class ReservationUtilization {
  private final Pool pool;
  private final Clock clock;
  private final OrderHistory history;
  private final UsageClient usage;

  public ReservationUtilization(Pool pool, Clock clock, OrderHistory history, UsageClient usage) {
    this.pool = pool;
    this.clock = clock;
    this.history = history;
    this.usage = usage;
  }

  public Future<Document> of(Caller caller, UtilizationQuery q, String requestId) {
    // The usage service's default window (the last 30 days) and its checks of the window; in force a day either side.
    LocalDate to = q.to() != null ? q.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = q.from() != null ? q.from() : to.minusDays(29);
    return PartnerContext.of(pool, caller)
        .compose(partner -> ReservationAccess.require(pool, partner, caller, q.customerId(), q.reservationOrderId(), q.reservationId(),
            ReservationAccess.Need.READ))
        .compose(reservation -> (from.isAfter(to) ? Future.succeededFuture(List.<ReservationSpec>of())
            : history.inForce(new InForceQuery(q.customerId(), reservation.armRegionName(),
                from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .map(inForce -> inForce.reservations()))
            .compose(specs -> usage.utilization(new UtilizationOf(UsageClient.facts(reservation), q.from(), q.to(), specs), requestId)));
  }

  /** The reservation's hours in force in a window of whole hours (the last 24 by default, at most 7 days). */
  public Future<Document> hourly(Caller caller, ReservationHoursQuery q, String requestId) {
    HourWindow window = HourWindow.of(q.from(), q.to(), clock.instant(), "order");
    return PartnerContext.of(pool, caller)
        .compose(partner -> ReservationAccess.require(pool, partner, caller, q.customerId(), q.reservationOrderId(), q.reservationId(),
            ReservationAccess.Need.READ))
        .compose(reservation -> history.inForce(new InForceQuery(q.customerId(), reservation.armRegionName(),
                window.from().minus(Duration.ofDays(1)), window.to().plus(Duration.ofDays(1))))
            .compose(inForce -> usage.reservationHours(new ReservationHoursOf(UsageClient.facts(reservation), window.from(), window.to(),
                inForce.reservations()), requestId)));
  }
}
