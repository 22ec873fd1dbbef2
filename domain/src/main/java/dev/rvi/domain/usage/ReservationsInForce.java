package dev.rvi.domain.usage;

import dev.rvi.domain.benefit.ReservationSpec;
import java.util.List;

/** The order service's answer to {@link InForceQuery}: the reservations as the benefit engine sees them. */
public record ReservationsInForce(List<ReservationSpec> reservations) {
  public ReservationsInForce {
    reservations = List.copyOf(reservations);
  }
}
