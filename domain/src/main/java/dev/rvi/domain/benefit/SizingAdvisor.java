package dev.rvi.domain.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Azure's sizing method: over the look-back hours of usage no reservation covers (in ratio-1
 * instance-hours of one region and flexibility group), the cost without reservations is all of it at
 * the PAYG rate; with Q normalized instances reserved it is Q reserved hours for every hour plus PAYG
 * for what exceeds Q. The recommendation is the Q with the largest saving (none when nothing saves).
 */
public final class SizingAdvisor {
  private SizingAdvisor() {}

  public record Advice(int quantity, BigDecimal costWithoutReservations, BigDecimal costWithReservations, BigDecimal netSavings) {}

  /**
   * @param hourly           uncovered usage per hour, ratio-1 instance-hours
   * @param paygHourly       PAYG price of the ratio-1 size per hour
   * @param reservationPrice upfront price of one ratio-1 reservation for the whole term
   * @param termHours        hours in the term (the reservation's hourly cost is price / termHours)
   */
  public static Advice advise(double[] hourly, BigDecimal paygHourly, BigDecimal reservationPrice, long termHours) {
    int hours = hourly.length;
    double[] sorted = hourly.clone();
    Arrays.sort(sorted);
    double[] prefix = new double[hours + 1];
    for (int i = 0; i < hours; i++) {
      prefix[i + 1] = prefix[i] + sorted[i];
    }
    double total = prefix[hours];
    double payg = paygHourly.doubleValue();
    double reservedHourly = reservationPrice.doubleValue() / termHours;
    int maxQ = hours == 0 ? 0 : (int) Math.ceil(sorted[hours - 1]);
    int best = 0;
    double bestSaving = 0;
    int below = 0;
    for (int q = 1; q <= maxQ; q++) {
      while (below < hours && sorted[below] < q) {
        below++;
      }
      double covered = prefix[below] + (double) q * (hours - below);
      double saving = payg * covered - reservedHourly * q * hours;
      if (saving > bestSaving + 1e-9) {
        bestSaving = saving;
        best = q;
      }
    }
    BigDecimal usage = BigDecimal.valueOf(total);
    BigDecimal without = paygHourly.multiply(usage).setScale(2, RoundingMode.HALF_UP);
    double coveredBest = 0;
    for (double u : hourly) {
      coveredBest += Math.min(u, best);
    }
    BigDecimal reservedCost = reservationPrice.multiply(BigDecimal.valueOf((long) best * hours))
        .divide(BigDecimal.valueOf(termHours), 2, RoundingMode.HALF_UP);
    BigDecimal with = reservedCost.add(paygHourly.multiply(BigDecimal.valueOf(total - coveredBest))).setScale(2, RoundingMode.HALF_UP);
    return new Advice(best, without, with, without.subtract(with));
  }
}
