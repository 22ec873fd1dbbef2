package dev.rvi.domain.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One reservation's day as the Consumption API's reservation summaries show it: reserved and used
 * instance-hours, the day's utilization, and the lowest, average and highest hourly utilization.
 */
public record DailyUtilization(LocalDate usageDate, BigDecimal reservedHours, BigDecimal usedHours, BigDecimal utilizedPercentage,
                               BigDecimal minUtilizationPercentage, BigDecimal avgUtilizationPercentage,
                               BigDecimal maxUtilizationPercentage) {

  public static List<DailyUtilization> of(BenefitResult.ReservationHours hours) {
    List<DailyUtilization> days = new ArrayList<>();
    int h = 0;
    while (h < hours.reserved().length) {
      LocalDate day = date(hours.fromHour() + h);
      double reserved = 0;
      double used = 0;
      double min = Double.MAX_VALUE;
      double max = 0;
      double sum = 0;
      int counted = 0;
      for (; h < hours.reserved().length && date(hours.fromHour() + h).equals(day); h++) {
        if (hours.reserved()[h] > 0) {
          double pct = hours.used()[h] / hours.reserved()[h] * 100;
          reserved += hours.reserved()[h];
          used += hours.used()[h];
          min = Math.min(min, pct);
          max = Math.max(max, pct);
          sum += pct;
          counted++;
        }
      }
      if (counted > 0) {
        days.add(new DailyUtilization(day, round(reserved), round(used), round(used / reserved * 100), round(min),
            round(sum / counted), round(max)));
      }
    }
    return days;
  }

  static LocalDate date(long epochHour) {
    return Instant.ofEpochSecond(epochHour * 3600).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
