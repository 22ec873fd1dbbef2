package dev.rvi.usage;

import java.math.BigDecimal;
import java.util.List;

/**
 * The same look-back usage (what the reservations in force leave, at pay-as-you-go: {@code costWithoutBenefit}) under
 * three choices: the advised reservations, the advised Shared savings plan, and the advised reservations then the plan
 * advised over what they leave. Amounts are exact; the view rounds them once. {@code best} is the option of the lowest
 * total cost, null when none costs less than the usage without a benefit.
 */
record BenefitComparison(long totalHours, BigDecimal costWithoutBenefit, List<Option> options, Option best) {

  /**
   * One choice over the window: the reservations it buys and what they cost, the plan's hourly commitment (null for none)
   * and what it costs, and the pay-as-you-go cost of the usage left uncovered.
   */
  record Option(String kind, List<Advised> reservations, BigDecimal reservationCost, BigDecimal commitmentAmount,
                BigDecimal savingsPlanCost, BigDecimal uncoveredCost) {

    BigDecimal commitmentCost() {
      return reservationCost.add(savingsPlanCost);
    }

    BigDecimal totalCost() {
      return commitmentCost().add(uncoveredCost);
    }
  }

  /** A reservation the sizing advice would buy: instances of the size, Shared, in the region. */
  record Advised(String armSkuName, String armRegionName, String instanceFlexibilityGroup, int quantity) {}
}
