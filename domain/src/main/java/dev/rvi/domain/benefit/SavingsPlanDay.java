package dev.rvi.domain.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One savings plan's day: the commitment it had, what it spent, and the day's utilization (UTC days); as Cost
 * Management's summaries, also the lowest, average and highest of its hours' utilization (the hours it was in force).
 */
public record SavingsPlanDay(LocalDate usageDate, BigDecimal committed, BigDecimal used, BigDecimal utilizedPercentage,
                             BigDecimal minUtilizationPercentage, BigDecimal avgUtilizationPercentage, BigDecimal maxUtilizationPercentage) {
  private static final int HOUR_SCALE = 6;

  /** The days of the window on which the plan was in force at least one hour. */
  public static List<SavingsPlanDay> of(SavingsPlanResult.PlanHours hours) {
    List<SavingsPlanDay> days = new ArrayList<>();
    int h = 0;
    while (h < hours.committed().length) {
      LocalDate day = DailyUtilization.date(hours.fromHour() + h);
      BigDecimal committed = BigDecimal.ZERO;
      BigDecimal used = BigDecimal.ZERO;
      BigDecimal min = null;
      BigDecimal max = null;
      BigDecimal sum = BigDecimal.ZERO;
      int counted = 0;
      for (; h < hours.committed().length && DailyUtilization.date(hours.fromHour() + h).equals(day); h++) {
        BigDecimal c = hours.committed()[h];
        committed = committed.add(c);
        used = used.add(hours.used()[h]);
        if (c.signum() > 0) {
          BigDecimal pct = hours.used()[h].multiply(BigDecimal.valueOf(100)).divide(c, HOUR_SCALE, RoundingMode.HALF_UP);
          min = min == null || pct.compareTo(min) < 0 ? pct : min;
          max = max == null || pct.compareTo(max) > 0 ? pct : max;
          sum = sum.add(pct);
          counted++;
        }
      }
      if (committed.signum() > 0) {
        days.add(new SavingsPlanDay(day, committed, used, SavingsPlanResult.PlanHours.percent(used, committed),
            min.setScale(2, RoundingMode.HALF_UP), sum.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP),
            max.setScale(2, RoundingMode.HALF_UP)));
      }
    }
    return days;
  }
}
