package dev.rvi.order.savingsplan;

import dev.rvi.domain.benefit.SavingsPlanDay;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonObject;

/**
 * A savings plan's day in Azure's benefit-utilization-summary shape (kind SavingsPlan), beside the reservations' daily
 * shape: the plan and its order, the day, the commitment it had and what it spent, and the share.
 */
public final class SavingsPlanUtilizationView {
  private SavingsPlanUtilizationView() {}

  public static JsonObject of(SavingsPlan p, SavingsPlanDay d) {
    return new JsonObject()
        .put("savingsPlanId", p.id())
        .put("savingsPlanOrderId", p.savingsPlanOrderId())
        .put("benefitId", SavingsPlanView.armId(p))
        .put("benefitType", "SavingsPlan")
        .put("kind", "SavingsPlan")
        .put("armSkuName", SavingsPlanProduct.ARM_SKU_NAME)
        .put("usageDate", d.usageDate().toString())
        .put("currencyCode", p.currency())
        .put("committedAmount", Decimals.display(d.committed()))
        .put("usedAmount", Decimals.display(d.used()))
        .put("utilizedPercentage", d.utilizedPercentage())
        .put("avgUtilizationPercentage", d.utilizedPercentage());
  }
}
