package dev.rvi.domain.catalog;

import dev.rvi.domain.money.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A savings plan's money: its hourly commitment over every hour of the term (365-day years) is what it costs, rounded
 * once to cents; a trade-in's credit allows any plan whose total is at least the credit, so the smallest hourly
 * commitment is the credit over the term's hours, rounded up to the commitment step.
 */
public final class SavingsPlanCommitment {
  private SavingsPlanCommitment() {}

  public static BigDecimal total(BigDecimal hourly, Term term) {
    return Decimals.cents(hourly.multiply(BigDecimal.valueOf(term.hours())));
  }

  public static BigDecimal smallestHourlyFor(BigDecimal credit, Term term, BigDecimal step, BigDecimal minimum) {
    BigDecimal steps = credit.divide(BigDecimal.valueOf(term.hours()).multiply(step), 0, RoundingMode.CEILING);
    BigDecimal hourly = steps.multiply(step);
    while (total(hourly, term).compareTo(credit) < 0) {
      hourly = hourly.add(step);
    }
    return hourly.max(minimum).stripTrailingZeros();
  }
}
