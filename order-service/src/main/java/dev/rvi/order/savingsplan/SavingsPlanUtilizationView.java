package dev.rvi.order.savingsplan;

import dev.rvi.domain.benefit.SavingsPlanDay;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.usage.SavingsPlanHours;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A savings plan's day in Azure's benefit-utilization-summary shape (kind SavingsPlan), beside the reservations' daily
 * shape: the plan and its order, the day (or the hour), the commitment it had and what it spent, and the share.
 */
public final class SavingsPlanUtilizationView {
  private SavingsPlanUtilizationView() {}

  public static JsonObject of(SavingsPlan p, SavingsPlanDay d) {
    return of(p, d.usageDate().toString(), d.committed(), d.used(), d.utilizedPercentage())
        .put("minUtilizationPercentage", d.minUtilizationPercentage())
        .put("avgUtilizationPercentage", d.avgUtilizationPercentage())
        .put("maxUtilizationPercentage", d.maxUtilizationPercentage());
  }

  /**
   * One hour in the same shape, {@code usageDate} the hour's start; an hour's lowest, average and highest hourly
   * utilization are the hour's own.
   */
  public static JsonObject ofHour(SavingsPlan p, SavingsPlanHours.Hour h) {
    return of(p, h.usageDate().toString(), h.committed(), h.used(), h.utilizedPercentage())
        .put("minUtilizationPercentage", h.utilizedPercentage())
        .put("avgUtilizationPercentage", h.utilizedPercentage())
        .put("maxUtilizationPercentage", h.utilizedPercentage());
  }

  private static JsonObject of(SavingsPlan p, String usageDate, BigDecimal committed, BigDecimal used, BigDecimal utilized) {
    return new JsonObject()
        .put("savingsPlanId", p.id())
        .put("savingsPlanOrderId", p.savingsPlanOrderId())
        .put("benefitId", SavingsPlanView.armId(p))
        .put("benefitType", "SavingsPlan")
        .put("kind", "SavingsPlan")
        .put("armSkuName", SavingsPlanProduct.ARM_SKU_NAME)
        .put("usageDate", usageDate)
        .put("currencyCode", p.currency())
        .put("committedAmount", Decimals.display(committed))
        .put("usedAmount", Decimals.display(used))
        .put("utilizedPercentage", utilized);
  }
}
