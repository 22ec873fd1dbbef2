package dev.rvi.usage;

import java.math.BigDecimal;
import java.util.List;

/**
 * A savings-plan recommendation for one scope (a subscription, or Shared when null): the epoch hours of the first and
 * last usage it weighed, the look-back hours, the cost of that usage without a benefit, the recommended commitment and
 * every candidate weighed, smallest first.
 */
record SavingsPlanAdvice(String subscriptionId, long firstHour, long lastHour, long totalHours, BigDecimal costWithoutBenefit,
                         Details recommended, List<Details> candidates) {

  /** One candidate hourly commitment over the look-back hours: money in cents, percentages to two decimals. */
  record Details(BigDecimal commitmentAmount, BigDecimal savingsAmount, BigDecimal savingsPercentage, BigDecimal coveragePercentage,
                 BigDecimal averageUtilizationPercentage, BigDecimal wastageCost, BigDecimal overageCost, BigDecimal benefitCost,
                 BigDecimal totalCost, BigDecimal exactSavings) {}
}
