package dev.rvi.usage;

import dev.rvi.domain.usage.RecommendationQuery;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A savings-plan recommendation in the shape of Cost Management's benefitRecommendations (kind SavingsPlan). */
final class SavingsPlanRecommendationView {
  private SavingsPlanRecommendationView() {}

  static JsonObject of(SavingsPlanAdvice a, RecommendationQuery q, String currencyCode) {
    JsonArray others = new JsonArray();
    a.candidates().stream().filter(d -> d != a.recommended()).forEach(d -> others.add(details(d)));
    JsonObject properties = new JsonObject()
        .put("lookBackPeriod", "Last" + q.lookBackDays() + "Days")
        .put("term", q.term().name())
        .put("scope", q.scope())
        .put("commitmentGranularity", "Hourly")
        .put("currencyCode", currencyCode)
        .put("firstConsumptionDate", Instant.ofEpochSecond(a.firstHour() * 3600).toString())
        .put("lastConsumptionDate", Instant.ofEpochSecond(a.lastHour() * 3600).toString())
        .put("totalHours", a.totalHours())
        .put("costWithoutBenefit", a.costWithoutBenefit())
        .put("armSkuName", "Compute_Savings_Plan")
        .put("recommendationDetails", details(a.recommended()))
        .put("allRecommendationDetails", new JsonObject().put("value", others));
    if (a.subscriptionId() != null) {
      properties.put("subscriptionId", a.subscriptionId());
    }
    return new JsonObject().put("kind", "SavingsPlan").put("properties", properties);
  }

  private static JsonObject details(SavingsPlanAdvice.Details d) {
    return new JsonObject()
        .put("commitmentAmount", d.commitmentAmount())
        .put("savingsAmount", d.savingsAmount())
        .put("savingsPercentage", d.savingsPercentage())
        .put("coveragePercentage", d.coveragePercentage())
        .put("averageUtilizationPercentage", d.averageUtilizationPercentage())
        .put("wastageCost", d.wastageCost())
        .put("overageCost", d.overageCost())
        .put("benefitCost", d.benefitCost())
        .put("totalCost", d.totalCost());
  }
}
