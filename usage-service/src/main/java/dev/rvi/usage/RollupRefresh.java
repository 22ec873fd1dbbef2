package dev.rvi.usage;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After uploads of usage, the overview's roll-up of the days they touched is computed again in the background,
 * once the customer's uploads pause for {@link #QUIET_MS}: a month of usage sent in 70 requests is rolled up
 * once, not 70 times, and no upload waits for it. A read before then computes the days itself.
 */
final class RollupRefresh {
  private static final Logger LOG = LoggerFactory.getLogger(RollupRefresh.class);
  static final long QUIET_MS = 500;

  private record Pending(String customerId, String region, LocalDate first, LocalDate last, long timer) {}

  private final Vertx vertx;
  private final Clock clock;
  private final DailyBenefit rollup;
  private final Map<String, Pending> pending = new HashMap<>();

  RollupRefresh(Vertx vertx, Clock clock, DailyBenefit rollup) {
    this.vertx = vertx;
    this.clock = clock;
    this.rollup = rollup;
  }

  /** Called on the usage verticle's event loop after each stored upload. */
  void afterUpload(String customerId, Map<String, ? extends SortedSet<LocalDate>> daysByRegion) {
    daysByRegion.forEach((region, days) -> {
      String key = customerId + "|" + region;
      Pending before = pending.get(key);
      LocalDate first = days.first();
      LocalDate last = days.last();
      if (before != null) {
        vertx.cancelTimer(before.timer());
        first = before.first().isBefore(first) ? before.first() : first;
        last = before.last().isAfter(last) ? before.last() : last;
      }
      LocalDate from = first;
      LocalDate to = last;
      long timer = vertx.setTimer(QUIET_MS, id -> {
        pending.remove(key);
        rollup.refresh(customerId, region, from, to, clock.instant().truncatedTo(ChronoUnit.HOURS))
            .onFailure(e -> LOG.warn("the roll-up of customer {}'s usage in {} waits for its first read: {}", customerId, region,
                e.getMessage()));
      });
      pending.put(key, new Pending(customerId, region, from, to, timer));
    });
  }
}
