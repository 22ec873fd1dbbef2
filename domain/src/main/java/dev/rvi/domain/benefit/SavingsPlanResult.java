package dev.rvi.domain.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What savings plans did, per hour of the window: for each plan the commitment it had and what it spent; for each
 * (region, size) of the usage, the hours reservations covered, those savings plans covered and those left at
 * pay-as-you-go, and what the latter two are worth at the pay-as-you-go rate.
 */
public final class SavingsPlanResult {
  private static final int PICO = 12;
  private static final int MICRO = 6;

  private final List<SavingsPlanSpec> plans;
  private final Map<String, Integer> index = new HashMap<>();
  private final long[] commitment;
  private final long[][] spent;
  private final long fromHour;
  private final int hours;
  private final List<String[]> placeNames;
  private final BigDecimal[] payAsYouGo;
  private final long[] usedHours;
  private final long[] unreservedHours;
  private final long[] planHours;

  SavingsPlanResult(List<SavingsPlanSpec> plans, long[] commitment, long[][] spent, long fromHour, int hours, List<String[]> placeNames,
                    BigDecimal[] payAsYouGo, long[] usedHours, long[] unreservedHours, long[] planHours) {
    this.plans = plans;
    this.commitment = commitment;
    this.spent = spent;
    this.fromHour = fromHour;
    this.hours = hours;
    this.placeNames = placeNames;
    this.payAsYouGo = payAsYouGo;
    this.usedHours = usedHours;
    this.unreservedHours = unreservedHours;
    this.planHours = planHours;
    for (int i = 0; i < plans.size(); i++) {
      index.put(plans.get(i).id(), i);
    }
  }

  /** A run without savings plans: no plan, and no usage looked at. */
  static SavingsPlanResult none(long fromHour, int hours) {
    return new SavingsPlanResult(List.of(), new long[0], new long[0][], fromHour, hours, List.of(), new BigDecimal[0], new long[0],
        new long[0], new long[0]);
  }

  public long fromHour() {
    return fromHour;
  }

  public int hours() {
    return hours;
  }

  public boolean covers(String planId) {
    return index.containsKey(planId);
  }

  /** One plan's hours: the commitment it had (0 outside its term) and what it spent, per hour, in the currency. */
  public PlanHours hoursOf(String planId) {
    Integer i = index.get(planId);
    if (i == null) {
      throw new IllegalArgumentException("no savings plan " + planId);
    }
    SavingsPlanSpec plan = plans.get(i);
    BigDecimal[] committed = new BigDecimal[hours];
    BigDecimal[] used = new BigDecimal[hours];
    for (int h = 0; h < hours; h++) {
      boolean inForce = fromHour + h >= plan.startHour() && fromHour + h < plan.endHour();
      committed[h] = BigDecimal.valueOf(inForce ? commitment[i] : 0, PICO);
      used[h] = BigDecimal.valueOf(spent[i][h], PICO);
    }
    return new PlanHours(plan, fromHour, committed, used);
  }

  /** Per (region, size) with usage in the window, how its hours were covered, hour by hour. */
  public List<UsageCoverage> coverage() {
    List<UsageCoverage> out = new ArrayList<>();
    int places = placeNames.size();
    for (int p = 0; p < places; p++) {
      double[] reserved = new double[hours];
      double[] byPlans = new double[hours];
      double[] payg = new double[hours];
      BigDecimal[] byPlansCost = payAsYouGo[p] == null ? null : new BigDecimal[hours];
      BigDecimal[] paygCost = payAsYouGo[p] == null ? null : new BigDecimal[hours];
      boolean any = false;
      for (int h = 0; h < hours; h++) {
        int b = h * places + p;
        any |= usedHours[b] > 0;
        reserved[h] = (usedHours[b] - unreservedHours[b]) / 1e6;
        byPlans[h] = planHours[b] / 1e6;
        payg[h] = (unreservedHours[b] - planHours[b]) / 1e6;
        if (byPlansCost != null) {
          byPlansCost[h] = BigDecimal.valueOf(planHours[b], MICRO).multiply(payAsYouGo[p]);
          paygCost[h] = BigDecimal.valueOf(unreservedHours[b] - planHours[b], MICRO).multiply(payAsYouGo[p]);
        }
      }
      if (any) {
        out.add(new UsageCoverage(placeNames.get(p)[0], placeNames.get(p)[1], fromHour, reserved, byPlans, payg, payAsYouGo[p],
            byPlansCost, paygCost));
      }
    }
    return out;
  }

  /** One plan's commitment and what it spent, for each hour from {@code fromHour}. */
  public record PlanHours(SavingsPlanSpec plan, long fromHour, BigDecimal[] committed, BigDecimal[] used) {

    /** Spent over committed in the epoch hours [from, to), in percent; empty when the plan was in force no hour of it. */
    public Optional<BigDecimal> utilizedPercentage(long from, long to) {
      BigDecimal c = BigDecimal.ZERO;
      BigDecimal u = BigDecimal.ZERO;
      for (long hour = Math.max(from, fromHour); hour < Math.min(to, fromHour + committed.length); hour++) {
        c = c.add(committed[(int) (hour - fromHour)]);
        u = u.add(used[(int) (hour - fromHour)]);
      }
      return c.signum() == 0 ? Optional.empty() : Optional.of(percent(u, c));
    }

    static BigDecimal percent(BigDecimal used, BigDecimal committed) {
      return used.multiply(BigDecimal.valueOf(100)).divide(committed, 2, RoundingMode.HALF_UP);
    }
  }

  /**
   * One (region, size)'s instance-hours per hour: covered by reservations, by savings plans, and left at pay-as-you-go;
   * the latter two's worth at the pay-as-you-go rate ({@code payAsYouGoRate}), or null arrays when no rate is known.
   */
  public record UsageCoverage(String region, String armSkuName, long fromHour, double[] reservationHours, double[] savingsPlanHours,
                              double[] payAsYouGoHours, BigDecimal payAsYouGoRate, BigDecimal[] savingsPlanCovered,
                              BigDecimal[] payAsYouGoCost) {

    /** What savings plans covered over the window, at pay-as-you-go; null when no rate is known. */
    public BigDecimal savingsPlanCoveredTotal() {
      return total(savingsPlanCovered);
    }

    /** What was left at pay-as-you-go over the window; null when no rate is known. */
    public BigDecimal payAsYouGoTotal() {
      return total(payAsYouGoCost);
    }

    private static BigDecimal total(BigDecimal[] amounts) {
      if (amounts == null) {
        return null;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal a : amounts) {
        sum = sum.add(a);
      }
      return sum;
    }
  }
}
