package dev.rvi.domain.benefit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How reservations' discounts apply, hour by hour, use it or lose it. A reservation covers running
 * VMs of its region and its instance size flexibility group, weighted by the group's ratios (a ratio-8
 * reservation covers eight ratio-1 VMs, or half a ratio-16 VM); Single scope only its subscription,
 * Shared any of the customer's. Hours it cannot use are lost.
 *
 * <p>Allocation order when several reservations compete for the same hour, region and group: those with
 * instance size flexibility off first (they can cover only their own size), then Single scope (they can
 * cover nothing else), then Shared; within each, the one that started first, then by id. Within a Shared
 * reservation the subscriptions' usage is taken in the order it arrived.
 *
 * <p>Savings plans, when given, then cover what the reservations left, hour by hour ({@link SavingsPlanAllocation}).
 *
 * <p>Cost is linear in the usage records: one counting sort into (key, hour) buckets, then per bucket
 * a pass over its records and over the few reservations of that key.
 */
public final class BenefitEngine {

  public BenefitResult run(List<ReservationSpec> reservations, UsageBatch usage, long fromHour, long toHour) {
    return reserve(reservations, usage, fromHour, toHour, null);
  }

  /**
   * Reservations first, exactly as {@link #run(List, UsageBatch, long, long)}, then savings plans over the usage they
   * left, each hour (see {@link SavingsPlanAllocation}). The result's {@link BenefitResult#savingsPlans()} tells what
   * the plans covered.
   */
  public BenefitResult run(List<ReservationSpec> reservations, List<SavingsPlanSpec> plans, SavingsPlanRates rates, UsageBatch usage,
                           long fromHour, long toHour) {
    long[] open = Arrays.copyOf(usage.units, usage.size);
    BenefitResult result = reserve(reservations, usage, fromHour, toHour, open);
    result.savingsPlans(SavingsPlanAllocation.allocate(plans, rates, usage, open, fromHour, result.hours()));
    return result;
  }

  /**
   * The reservations' allocation. With {@code open} (a copy of the records' units), also what each record keeps
   * uncovered: a flexible reservation's hours go to a subscription's records in the order they arrived.
   */
  private BenefitResult reserve(List<ReservationSpec> reservations, UsageBatch usage, long fromHour, long toHour, long[] open) {
    int hours = (int) Math.max(0, toHour - fromHour);
    List<ReservationSpec> ordered = new ArrayList<>(reservations);
    ordered.sort(Comparator.comparing((ReservationSpec r) -> !r.exactSize()).thenComparing(ReservationSpec::shared)
        .thenComparingLong(ReservationSpec::startHour).thenComparing(ReservationSpec::id));
    int[] reservationKey = new int[ordered.size()];
    int[] reservationSub = new int[ordered.size()];
    long[] capacityPerHour = new long[ordered.size()];
    int[] reservationSku = new int[ordered.size()];
    boolean anyExact = false;
    for (int i = 0; i < ordered.size(); i++) {
      ReservationSpec r = ordered.get(i);
      reservationKey[i] = usage.keyOf(r.region(), r.armSkuName());
      // -1: Shared; -2: Single on a subscription with no usage at all, so it covers nothing.
      int sub = r.shared() ? -1 : usage.subscriptionIndex(r.subscriptionId());
      reservationSub[i] = r.shared() ? -1 : (sub >= 0 ? sub : -2);
      capacityPerHour[i] = Math.round(r.quantity() * usage.table().ratio(r.armSkuName()) * UsageBatch.MICRO);
      reservationSku[i] = r.exactSize() ? usage.skuIndex(r.armSkuName()) : -1;
      anyExact |= r.exactSize();
    }
    int keyCount = usage.keyNames.size();
    int subCount = usage.subscriptionNames.size();
    // Reservations per key, in allocation order.
    List<List<Integer>> byKey = new ArrayList<>(keyCount);
    for (int k = 0; k < keyCount; k++) {
      byKey.add(new ArrayList<>());
    }
    for (int i = 0; i < ordered.size(); i++) {
      byKey.get(reservationKey[i]).add(i);
    }

    // Counting sort of the records into (key, hour) buckets.
    int buckets = keyCount * hours;
    int[] start = new int[buckets + 1];
    int n = usage.size;
    for (int i = 0; i < n; i++) {
      long h = usage.hour[i] - fromHour;
      if (h >= 0 && h < hours && usage.units[i] > 0) {
        start[usage.key[i] * hours + (int) h + 1]++;
      }
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] order = new int[start[buckets]];
    int[] fill = Arrays.copyOf(start, buckets);
    for (int i = 0; i < n; i++) {
      long h = usage.hour[i] - fromHour;
      if (h >= 0 && h < hours && usage.units[i] > 0) {
        order[fill[usage.key[i] * hours + (int) h]++] = i;
      }
    }

    BenefitResult result = new BenefitResult(usage, ordered, fromHour, hours, capacityPerHour);
    long[] remaining = new long[subCount];
    // What is left of each record once the exact-size reservations took theirs (a copy only when there are any, or
    // when savings plans follow and the flexible ones take theirs from it too).
    long[] unclaimed = open != null ? open : anyExact ? Arrays.copyOf(usage.units, n) : usage.units;
    int[] touched = new int[subCount];
    // Per subscription, its usage in the bucket before the flexible reservations, then what they took of it.
    long[] before = open != null ? new long[subCount] : null;
    for (int k = 0; k < keyCount; k++) {
      List<Integer> competing = byKey.get(k);
      long[] uncoveredTotal = result.uncovered(k);
      for (int h = 0; h < hours; h++) {
        int from = start[k * hours + h];
        int to = start[k * hours + h + 1];
        int touchedCount = 0;
        long total = 0;
        long epochHour = fromHour + h;
        for (int idx : competing) {
          ReservationSpec r = ordered.get(idx);
          if (!r.exactSize() || epochHour < r.startHour() || epochHour >= r.endHour()) {
            continue;
          }
          result.reserved(idx)[h] = capacityPerHour[idx];
          long capacity = capacityPerHour[idx];
          for (int j = from; j < to && capacity > 0 && reservationSku[idx] >= 0 && reservationSub[idx] != -2; j++) {
            int record = order[j];
            if (usage.sku[record] != reservationSku[idx] || (reservationSub[idx] >= 0 && usage.subscription[record] != reservationSub[idx])) {
              continue;
            }
            long part = Math.min(capacity, unclaimed[record]);
            unclaimed[record] -= part;
            capacity -= part;
          }
          result.used(idx)[h] = capacityPerHour[idx] - capacity;
        }
        for (int j = from; j < to; j++) {
          int record = order[j];
          int s = usage.subscription[record];
          if (unclaimed[record] == 0) {
            continue;
          }
          if (remaining[s] == 0) {
            touched[touchedCount++] = s;
          }
          remaining[s] += unclaimed[record];
          total += unclaimed[record];
          if (before != null) {
            before[s] += unclaimed[record];
          }
        }
        long pooled = total;
        for (int idx : competing) {
          ReservationSpec r = ordered.get(idx);
          if (r.exactSize() || epochHour < r.startHour() || epochHour >= r.endHour()) {
            continue;
          }
          result.reserved(idx)[h] = capacityPerHour[idx];
          if (total == 0) {
            continue;
          }
          long capacity = capacityPerHour[idx];
          long taken;
          if (reservationSub[idx] == -2) {
            taken = 0;
          } else if (reservationSub[idx] >= 0) {
            int s = reservationSub[idx];
            taken = Math.min(capacity, remaining[s]);
            remaining[s] -= taken;
          } else {
            taken = Math.min(capacity, total);
            long left = taken;
            for (int t = 0; t < touchedCount && left > 0; t++) {
              long part = Math.min(left, remaining[touched[t]]);
              remaining[touched[t]] -= part;
              left -= part;
            }
          }
          total -= taken;
          result.used(idx)[h] = taken;
        }
        uncoveredTotal[h] = total;
        if (before != null && total < pooled) {
          takeInArrivalOrder(unclaimed, usage.subscription, order, from, to, remaining, before, touched, touchedCount);
        }
        for (int t = 0; t < touchedCount; t++) {
          int s = touched[t];
          if (remaining[s] > 0) {
            result.uncovered(k, s)[h] = remaining[s];
          }
          remaining[s] = 0;
          if (before != null) {
            before[s] = 0;
          }
        }
      }
    }
    return result;
  }

  /** Takes from the bucket's records what the flexible reservations took from each subscription, first records first. */
  private static void takeInArrivalOrder(long[] unclaimed, int[] subscription, int[] order, int from, int to, long[] remaining,
                                         long[] before, int[] touched, int touchedCount) {
    for (int t = 0; t < touchedCount; t++) {
      before[touched[t]] -= remaining[touched[t]];
    }
    for (int j = from; j < to; j++) {
      int record = order[j];
      int s = subscription[record];
      long part = Math.min(before[s], unclaimed[record]);
      unclaimed[record] -= part;
      before[s] -= part;
    }
  }
}
