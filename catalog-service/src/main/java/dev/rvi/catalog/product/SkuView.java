package dev.rvi.catalog.product;

import dev.rvi.catalog.price.Sku;
import dev.rvi.domain.catalog.BillingPlan;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link Sku} in Partner Center's SKU shape, as read in one country. */
public final class SkuView {
  private SkuView() {}

  public static JsonObject of(Sku s, String country, int maximumQuantity) {
    String productId = s.productId();
    String skuId = s.skuId();
    Term term = s.term();
    String armSku = s.armSkuName();
    String regionDisplay = s.regionDisplay();
    JsonObject attributes = new JsonObject()
        .put("armSkuName", armSku)
        .put("armRegionName", s.armRegionName())
        .put("region", regionDisplay)
        .put("cores", s.cores())
        .put("ram", s.memoryGib() == null ? null : Decimals.display(s.memoryGib()) + " GB")
        .put("category", "VirtualMachines")
        .put("duration", term == Term.P1Y ? "1Year" : "3Years")
        .put("term", term.name())
        .put("instanceFlexibilityGroup", s.series())
        .put("instanceFlexibilityRatio", s.flexRatio() == null ? null : s.flexRatio().stripTrailingZeros().toPlainString());
    return new JsonObject()
        .put("id", skuId)
        .put("productId", productId)
        .put("title", armSku + " " + regionDisplay + " " + term.description())
        .put("description", "Reserved VM Instance " + armSku + " in " + regionDisplay + ", " + term.description()
            + " (paid upfront). " + ProductView.SOFTWARE_NOTE)
        .put("minimumQuantity", 1)
        .put("maximumQuantity", maximumQuantity)
        .put("isTrial", false)
        .put("supportedBillingCycles", new JsonArray().add("one_time").add("monthly"))
        .put("billingPlans", billingPlans())
        .put("purchasePrerequisites", new JsonArray().add("AzureSubscriptionRegistration").add("InventoryCheck"))
        .put("inventoryVariables", new JsonArray().add("CustomerId").add("AzureSubscriptionId").add("ArmRegionName"))
        .put("provisioningVariables", new JsonArray().add("Scope").add("SubscriptionId").add("Duration"))
        .put("dynamicAttributes", attributes)
        .put("links", new JsonObject()
            .put("availabilities", Links.get("/v1/products/" + productId + "/skus/" + skuId + "/availabilities?country=" + country))
            .put("self", Links.get("/v1/products/" + productId + "/skus/" + skuId + "?country=" + country)))
        .put("attributes", new JsonObject().put("objectType", "Sku"));
  }

  /** Every VM reservation term may be paid upfront or monthly (the same total). */
  static JsonArray billingPlans() {
    JsonArray plans = new JsonArray();
    for (BillingPlan plan : BillingPlan.values()) {
      plans.add(plan.name());
    }
    return plans;
  }
}
