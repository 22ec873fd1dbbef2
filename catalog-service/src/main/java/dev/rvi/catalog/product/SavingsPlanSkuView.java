package dev.rvi.catalog.product;

import dev.rvi.catalog.market.CurrencySymbols;
import dev.rvi.domain.catalog.SavingsPlanItem;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A term of the savings plan ({@link SavingsPlanItem}) in Partner Center's SKU shape, with the smallest hourly commitment
 * a purchase may name in the market's currency ({@code minimumPurchaseCommitment}).
 */
public final class SavingsPlanSkuView {
  private SavingsPlanSkuView() {}

  public static JsonObject of(SavingsPlanItem plan) {
    String productId = plan.productId();
    String skuId = plan.skuId();
    Term term = plan.term();
    return new JsonObject()
        .put("id", skuId)
        .put("productId", productId)
        .put("title", plan.friendlyName())
        .put("description", "Azure savings plan for compute, " + (term.years() == 1 ? "one year" : term.years() + " years")
            + ": an hourly commitment of at least " + plan.minimumHourlyCommitment().toPlainString() + " " + plan.currencyCode()
            + ", in steps of " + plan.commitmentStep().toPlainString() + ", paid upfront or monthly.")
        .put("minimumQuantity", 1)
        .put("maximumQuantity", 1)
        .put("isTrial", false)
        .put("supportedBillingCycles", new JsonArray().add("one_time").add("monthly"))
        .put("billingPlans", SkuView.billingPlans())
        .put("minimumPurchaseCommitment", minimumPurchaseCommitment(plan))
        .put("purchasePrerequisites", new JsonArray().add("AzureSubscriptionRegistration"))
        .put("provisioningVariables", new JsonArray().add("Scope").add("SubscriptionId").add("PurchaseCommitment"))
        .put("dynamicAttributes", new JsonObject()
            .put("isMicrosoftProduct", true)
            .put("armSkuName", SavingsPlanProduct.ARM_SKU_NAME)
            .put("duration", duration(term))
            .put("termDuration", term.name()))
        .put("links", new JsonObject()
            .put("availabilities", Links.get("/v1/products/" + productId + "/skus/" + skuId + "/availabilities?country=" + plan.country()))
            .put("self", Links.get("/v1/products/" + productId + "/skus/" + skuId + "?country=" + plan.country())))
        .put("attributes", new JsonObject().put("objectType", "Sku"));
  }

  /** The smallest commitment per hour, its amount as a decimal string as Partner Center writes it. */
  static JsonObject minimumPurchaseCommitment(SavingsPlanItem plan) {
    return new JsonObject()
        .put("grain", "Hourly")
        .put("currencyCode", new JsonObject().put("code", plan.currencyCode()).put("symbol", CurrencySymbols.of(plan.currencyCode())))
        .put("amount", plan.minimumHourlyCommitment().toPlainString());
  }

  /** Partner Center's duration words of a savings plan's term: {@code 1year}, {@code 3years}. */
  static String duration(Term term) {
    return term.years() + (term.years() == 1 ? "year" : "years");
  }
}
