package dev.rvi.domain.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One savings plan's day: the commitment it had, what it spent, and the day's utilization (UTC days). */
public record SavingsPlanDay(LocalDate usageDate, BigDecimal committed, BigDecimal used, BigDecimal utilizedPercentage) {

  /** The days of the window on which the plan was in force at least one hour. */
  public static List<SavingsPlanDay> of(SavingsPlanResult.PlanHours hours) {
    List<SavingsPlanDay> days = new ArrayList<>();
    int h = 0;
    while (h < hours.committed().length) {
      LocalDate day = DailyUtilization.date(hours.fromHour() + h);
      BigDecimal committed = BigDecimal.ZERO;
      BigDecimal used = BigDecimal.ZERO;
      for (; h < hours.committed().length && DailyUtilization.date(hours.fromHour() + h).equals(day); h++) {
        committed = committed.add(hours.committed()[h]);
        used = used.add(hours.used()[h]);
      }
      if (committed.signum() > 0) {
        days.add(new SavingsPlanDay(day, committed, used, SavingsPlanResult.PlanHours.percent(used, committed)));
      }
    }
    return days;
  }
}
