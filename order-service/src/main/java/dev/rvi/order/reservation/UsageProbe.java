package dev.rvi.order.reservation;

import dev.rvi.order.commitment.Reservation;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * Whether a reservation's discount was used between two moments: the refund policy's "VM usage so
 * far". Until usage is ingested (the usage and utilization work), no usage is known: {@link #NONE}.
 */
@FunctionalInterface
public interface UsageProbe {
  UsageProbe NONE = (reservation, from, to) -> Future.succeededFuture(false);

  Future<Boolean> usedSince(Reservation reservation, Instant from, Instant to);
}
