package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.usage.HourWindow;
import dev.rvi.domain.usage.ReservationFacts;
import dev.rvi.domain.usage.ReservationHoursOf;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A reservation's utilization hour by hour: at most 7 days of the customer's usage in its region through the engine
 * with the reservations in force the order service sent (not the daily roll-up: a week of one region is quick to run).
 */
final class HourlyUtilization {
  private static final String SOURCE = "usage";

  private final Clock clock;
  private final BenefitRuns runs;

  HourlyUtilization(Clock clock, BenefitRuns runs) {
    this.clock = clock;
    this.runs = runs;
  }

  /** The hours the reservation was in force in the window, up to the last whole hour. */
  Future<JsonObject> of(ReservationHoursOf q) {
    Instant now = clock.instant();
    HourWindow window = HourWindow.of(q.from(), q.to(), now, SOURCE);
    Instant last = now.truncatedTo(ChronoUnit.HOURS);
    Instant until = window.to().isAfter(last) ? last : window.to();
    ReservationFacts r = q.reservation();
    if (!until.isAfter(window.from())) {
      return Future.succeededFuture(CollectionPage.of(new JsonArray()));
    }
    return runs.run(r.customerId(), r.armRegionName(), q.inForce(), window.from(), until).map(run -> {
      JsonArray items = new JsonArray();
      if (run.covers(r.id())) {
        BenefitResult.ReservationHours hours = run.hoursOf(r.id());
        for (int h = 0; h < hours.reserved().length; h++) {
          if (hours.reserved()[h] > 0) {
            items.add(HourlyUtilizationView.of(r, Instant.ofEpochSecond((hours.fromHour() + h) * 3600), hours.reserved()[h],
                hours.used()[h]));
          }
        }
      }
      return CollectionPage.of(items);
    });
  }
}
