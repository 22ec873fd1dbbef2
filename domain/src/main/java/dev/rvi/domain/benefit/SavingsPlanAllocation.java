package dev.rvi.domain.benefit;

import dev.rvi.domain.catalog.Term;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How savings plans for compute apply over the usage reservations left, hour by hour, use it or lose it. Each hour
 * every plan in force has its hourly commitment to spend: it covers eligible usage at its rate for the size and
 * region, deducting rate × hours from the commitment, until the commitment is spent; the rest is pay-as-you-go. A
 * size and region without a savings-plan rate is never covered. Commitment not spent in an hour is lost.
 *
 * <p>Order among plans: Single scope before Shared, 3-year before 1-year, then the one that started first, then by
 * id. Within a plan, the usage with the greatest discount against pay-as-you-go first (by (region, size)), and
 * within one (region, size) the records in the order they arrived. When what is left of the commitment cannot pay
 * for a record's hours, it covers the part it can pay for, to the micro-hour.
 *
 * <p>Amounts are whole numbers: hours in micro-hours, rates in micro-units of the currency per hour, so a cost and
 * a commitment are in pico-units (10^-12). Cost is linear in the records: one counting sort into (hour, size and
 * region) buckets, then per hour a pass over the plans in force and the buckets they reach.
 */
final class SavingsPlanAllocation {
  private static final Comparator<SavingsPlanSpec> ORDER = Comparator.comparing(SavingsPlanSpec::shared)
      .thenComparing(p -> p.term() != Term.P3Y).thenComparingLong(SavingsPlanSpec::startHour).thenComparing(SavingsPlanSpec::id);
  private static final int NOBODY = -2;
  private static final int ANYONE = -1;

  private SavingsPlanAllocation() {}

  /** {@code left}: each record's normalized units no reservation covered; the result says what the plans did. */
  static SavingsPlanResult allocate(List<SavingsPlanSpec> plans, SavingsPlanRates rates, UsageBatch usage, long[] left, long fromHour,
                                    int hours) {
    PlacementRates placements = PlacementRates.of(usage, rates);
    int places = placements.places();
    int buckets = hours * places;
    // Per (hour, placement): instance micro-hours used, and those no reservation covered.
    long[] usedHours = new long[buckets];
    long[] openHours = new long[buckets];
    int[] start = new int[buckets + 1];
    int n = usage.size;
    for (int i = 0; i < n; i++) {
      long h = usage.hour[i] - fromHour;
      if (h < 0 || h >= hours || usage.units[i] <= 0) {
        continue;
      }
      int p = usage.place[i];
      int b = (int) h * places + p;
      usedHours[b] += Math.round(usage.units[i] * placements.perInstance[p]);
      long open = Math.round(left[i] * placements.perInstance[p]);
      openHours[b] += open;
      if (open > 0 && placements.eligible(p)) {
        start[b + 1]++;
      }
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    // The eligible records still open, bucket by bucket, in arrival order: their micro-hours and subscription.
    long[] open = new long[start[buckets]];
    int[] subscription = new int[start[buckets]];
    int[] fill = Arrays.copyOf(start, buckets);
    for (int i = 0; i < n; i++) {
      long h = usage.hour[i] - fromHour;
      if (h < 0 || h >= hours || usage.units[i] <= 0) {
        continue;
      }
      int p = usage.place[i];
      long hoursOpen = Math.round(left[i] * placements.perInstance[p]);
      if (hoursOpen > 0 && placements.eligible(p)) {
        int at = fill[(int) h * places + p]++;
        open[at] = hoursOpen;
        subscription[at] = usage.subscription[i];
      }
    }

    List<SavingsPlanSpec> ordered = new ArrayList<>(plans);
    ordered.sort(ORDER);
    int count = ordered.size();
    long[] commitment = new long[count];
    int[] scope = new int[count];
    for (int k = 0; k < count; k++) {
      SavingsPlanSpec plan = ordered.get(k);
      commitment[k] = plan.hourlyCommitment().movePointRight(12).setScale(0, RoundingMode.HALF_UP).longValueExact();
      int sub = plan.shared() ? ANYONE : usage.subscriptionIndex(plan.subscriptionId());
      scope[k] = plan.shared() ? ANYONE : (sub >= 0 ? sub : NOBODY);
    }
    long[][] spent = new long[count][hours];
    long[] planHours = new long[buckets];
    // Per bucket, the first record that may still be open (those before it are covered).
    int[] cursor = Arrays.copyOf(start, buckets);
    for (int h = 0; h < hours; h++) {
      long epochHour = fromHour + h;
      for (int k = 0; k < count; k++) {
        SavingsPlanSpec plan = ordered.get(k);
        if (epochHour < plan.startHour() || epochHour >= plan.endHour() || scope[k] == NOBODY) {
          continue;
        }
        int[] byDiscount = placements.byDiscount[plan.term().ordinal()];
        long[] price = placements.savingsPlan[plan.term().ordinal()];
        long budget = commitment[k];
        for (int x = 0; x < byDiscount.length && budget > 0; x++) {
          int b = h * places + byDiscount[x];
          long rate = price[byDiscount[x]];
          int end = start[b + 1];
          int j = cursor[b];
          while (j < end && open[j] == 0) {
            j++;
          }
          cursor[b] = j;
          long covered = 0;
          for (; j < end && budget > 0; j++) {
            long hoursOpen = open[j];
            if (hoursOpen == 0 || (scope[k] >= 0 && subscription[j] != scope[k])) {
              continue;
            }
            long cost = hoursOpen * rate;
            if (cost <= budget) {
              budget -= cost;
              covered += hoursOpen;
              open[j] = 0;
            } else {
              long part = budget / rate;
              covered += part;
              open[j] = hoursOpen - part;
              budget = 0;
            }
          }
          planHours[b] += covered;
        }
        spent[k][h] = commitment[k] - budget;
      }
    }
    return new SavingsPlanResult(ordered, commitment, spent, fromHour, hours, usage.placeNames, placements.payAsYouGo, usedHours, openHours,
        planHours);
  }
}
