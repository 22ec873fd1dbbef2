package dev.rvi.usage;

import dev.rvi.domain.benefit.BenefitResult;
import dev.rvi.domain.benefit.SizingAdvisor;
import dev.rvi.domain.catalog.GroupPrices;
import dev.rvi.domain.usage.RecommendationQuery;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A sizing recommendation for uncovered usage, in the shape of Azure's reservation recommendations: the advised
 * quantity in the group's size and normalized, the costs without and with it, priced as the catalog answered.
 */
final class RecommendationView {
  private RecommendationView() {}

  static JsonObject of(BenefitResult.Uncovered u, GroupPrices prices, SizingAdvisor.Advice advice, RecommendationQuery q,
      Instant firstUsage) {
    BigDecimal ratio = prices.ratio();
    String size = prices.armSkuName();
    JsonObject out = new JsonObject()
        .put("armSkuName", size)
        .put("armRegionName", u.region())
        .put("instanceFlexibilityGroup", u.group())
        .put("normalizedSize", size)
        .put("recommendedQuantity", BigDecimal.valueOf(advice.quantity()).divide(ratio, 0, RoundingMode.CEILING).intValue())
        .put("recommendedQuantityNormalized", advice.quantity())
        .put("costWithNoReservedInstances", advice.costWithoutReservations())
        .put("totalCostWithReservedInstances", advice.costWithReservations())
        .put("netSavings", advice.netSavings())
        .put("currencyCode", prices.currencyCode())
        .put("term", q.term().name())
        .put("scope", q.scope())
        .put("lookBackPeriod", "Last" + q.lookBackDays() + "Days")
        .put("firstUsageDate", firstUsage.toString());
    if (u.subscriptionId() != null) {
      out.put("subscriptionId", u.subscriptionId());
    }
    return out;
  }
}
