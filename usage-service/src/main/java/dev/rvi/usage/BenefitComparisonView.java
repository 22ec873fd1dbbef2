package dev.rvi.usage;

import dev.rvi.domain.usage.RecommendationQuery;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The comparison of reservations, a savings plan and both: each option's costs over the look-back hours, what it saves
 * against the cost without a benefit and how much of that cost it covers; money rounded here, once, to the cent.
 */
final class BenefitComparisonView {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BenefitComparisonView() {}

  static JsonObject of(BenefitComparison c, RecommendationQuery q, String currencyCode) {
    JsonArray options = new JsonArray();
    c.options().forEach(o -> options.add(option(o, c.costWithoutBenefit())));
    return new JsonObject()
        .put("lookBackPeriod", "Last" + q.lookBackDays() + "Days")
        .put("term", q.term().name())
        .put("scope", "Shared")
        .put("currencyCode", currencyCode)
        .put("totalHours", c.totalHours())
        .put("costWithoutBenefit", money(c.costWithoutBenefit()))
        .put("bestOption", c.best() == null ? null : c.best().kind())
        .put("options", options);
  }

  private static JsonObject option(BenefitComparison.Option o, BigDecimal without) {
    JsonArray reservations = new JsonArray();
    o.reservations().forEach(r -> reservations.add(new JsonObject().put("armSkuName", r.armSkuName()).put("armRegionName", r.armRegionName())
        .put("instanceFlexibilityGroup", r.instanceFlexibilityGroup()).put("quantity", r.quantity())));
    BigDecimal savings = without.subtract(o.totalCost());
    return new JsonObject()
        .put("kind", o.kind())
        .put("reservations", reservations)
        .put("savingsPlan", o.commitmentAmount() == null ? null
            : new JsonObject().put("commitmentAmount", o.commitmentAmount()).put("commitmentGranularity", "Hourly"))
        .put("reservationCost", money(o.reservationCost()))
        .put("savingsPlanCost", money(o.savingsPlanCost()))
        .put("commitmentCost", money(o.commitmentCost()))
        .put("uncoveredCost", money(o.uncoveredCost()))
        .put("totalCost", money(o.totalCost()))
        .put("savingsAmount", money(savings))
        .put("savingsPercentage", percent(savings, without))
        .put("coveragePercentage", percent(without.subtract(o.uncoveredCost()), without));
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2) : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }
}
