package dev.rvi.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SavingsPlanCommitmentTest {
  private static final BigDecimal STEP = new BigDecimal("0.001");

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aPlanCostsItsHourlyCommitmentOverEveryHourOfTheTerm() {
    // 0.05 x 8,760 = 438.00 (Partner Center's example); 1.234 x 26,280 = 32,429.52; 0.0001 x 8,760 = 0.876 -> 0.88
    assertMoney("438.00", SavingsPlanCommitment.total(new BigDecimal("0.05"), Term.P1Y));
    assertMoney("32429.52", SavingsPlanCommitment.total(new BigDecimal("1.234"), Term.P3Y));
    assertEquals(new BigDecimal("0.88"), SavingsPlanCommitment.total(new BigDecimal("0.0001"), Term.P1Y), "rounded once, to cents");
  }

  @Test
  void theSmallestCommitmentCoversTheCreditOverTheTerm() {
    // 793.87 / 8,760 = 0.09062... -> 0.091 (797.16 >= 793.87; 0.090 would be 788.40)
    assertMoney("0.091", SavingsPlanCommitment.smallestHourlyFor(new BigDecimal("793.87"), Term.P1Y, STEP, STEP));
    // 876.00 / 8,760 = 0.1 exactly: no rounding up
    assertMoney("0.1", SavingsPlanCommitment.smallestHourlyFor(new BigDecimal("876.00"), Term.P1Y, STEP, STEP));
    // 1,000 over three years: 1,000 / 26,280 = 0.03805... -> 0.039 (1,024.92)
    assertMoney("0.039", SavingsPlanCommitment.smallestHourlyFor(new BigDecimal("1000"), Term.P3Y, STEP, STEP));
    // A tiny credit still needs the product's minimum.
    assertMoney("0.001", SavingsPlanCommitment.smallestHourlyFor(new BigDecimal("0.01"), Term.P1Y, STEP, STEP));
  }
}
