package dev.rvi.domain.benefit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine found, per hour of the window: for each reservation the normalized units it could
 * cover and those it did; for each (region, group) and each subscription, the usage no reservation
 * covered (what sizing recommendations look at; savings plans do not change it). Units are micro-units of the
 * group's ratio-1 size. What savings plans then covered is in {@link #savingsPlans()}.
 */
public final class BenefitResult {
  private final UsageBatch usage;
  private final List<ReservationSpec> reservations;
  private final Map<String, Integer> index = new HashMap<>();
  private final long fromHour;
  private final int hours;
  private final long[][] reserved;
  private final long[][] used;
  private final long[] capacityPerHour;
  private final Map<Integer, long[]> uncovered = new HashMap<>();
  private final Map<Long, long[]> uncoveredBySubscription = new HashMap<>();
  private SavingsPlanResult savingsPlans;

  BenefitResult(UsageBatch usage, List<ReservationSpec> reservations, long fromHour, int hours, long[] capacityPerHour) {
    this.usage = usage;
    this.reservations = reservations;
    this.fromHour = fromHour;
    this.hours = hours;
    this.capacityPerHour = capacityPerHour;
    this.savingsPlans = SavingsPlanResult.none(fromHour, hours);
    this.reserved = new long[reservations.size()][];
    this.used = new long[reservations.size()][];
    for (int i = 0; i < reservations.size(); i++) {
      index.put(reservations.get(i).id(), i);
      reserved[i] = new long[hours];
      used[i] = new long[hours];
    }
  }

  long[] reserved(int i) {
    return reserved[i];
  }

  long[] used(int i) {
    return used[i];
  }

  long[] uncovered(int key) {
    return uncovered.computeIfAbsent(key, k -> new long[hours]);
  }

  long[] uncovered(int key, int subscription) {
    return uncoveredBySubscription.computeIfAbsent(((long) key << 32) | subscription, k -> new long[hours]);
  }

  void savingsPlans(SavingsPlanResult result) {
    this.savingsPlans = result;
  }

  /** What savings plans covered after the reservations; a run given none has no plan and no usage in it. */
  public SavingsPlanResult savingsPlans() {
    return savingsPlans;
  }

  public long fromHour() {
    return fromHour;
  }

  public int hours() {
    return hours;
  }

  public boolean covers(String reservationId) {
    return index.containsKey(reservationId);
  }

  /** One reservation's hours, in instance-hours of its own size: reserved and used, per hour. */
  public ReservationHours hoursOf(String reservationId) {
    Integer i = index.get(reservationId);
    if (i == null) {
      throw new IllegalArgumentException("no reservation " + reservationId);
    }
    ReservationSpec r = reservations.get(i);
    double perInstance = capacityPerHour[i] / (double) r.quantity();
    double[] reservedHours = new double[hours];
    double[] usedHours = new double[hours];
    for (int h = 0; h < hours; h++) {
      reservedHours[h] = reserved[i][h] / perInstance;
      usedHours[h] = used[i][h] / perInstance;
    }
    return new ReservationHours(r, fromHour, reservedHours, usedHours);
  }

  /** Usage no reservation covered, per (region, group), per hour, in ratio-1 instance-hours. */
  public List<Uncovered> uncovered() {
    List<Uncovered> out = new ArrayList<>();
    uncovered.forEach((key, units) -> out.add(new Uncovered(usage.keyNames.get(key)[0], usage.keyNames.get(key)[1], null, toHours(units))));
    uncoveredBySubscription.forEach((k, units) -> out.add(new Uncovered(usage.keyNames.get((int) (k >> 32))[0],
        usage.keyNames.get((int) (k >> 32))[1], usage.subscriptionNames.get((int) (long) k), toHours(units))));
    return out;
  }

  private static double[] toHours(long[] units) {
    double[] out = new double[units.length];
    for (int h = 0; h < units.length; h++) {
      out[h] = units[h] / UsageBatch.MICRO;
    }
    return out;
  }

  /** Uncovered usage of one (region, group): all subscriptions (subscriptionId null) or one. */
  public record Uncovered(String region, String group, String subscriptionId, double[] hourly) {}

  /** One reservation's reserved and used instance-hours for each hour from {@code fromHour}. */
  public record ReservationHours(ReservationSpec reservation, long fromHour, double[] reserved, double[] used) {}
}
