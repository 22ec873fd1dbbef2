package dev.rvi.gateway.arm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A savings plan and its order as Microsoft.BillingBenefits writes them ({@code SavingsPlanModel},
 * {@code SavingsPlanOrderModel}), from the order service's savings plan: each order holds one plan.
 */
public final class ArmSavingsPlanView {
  public static final String SKU = "Compute_Savings_Plan";

  private ArmSavingsPlanView() {}

  public static String orderId(String savingsPlanOrderId) {
    return "/providers/Microsoft.BillingBenefits/savingsPlanOrders/" + savingsPlanOrderId;
  }

  public static String id(String savingsPlanOrderId, String savingsPlanId) {
    return orderId(savingsPlanOrderId) + "/savingsPlans/" + savingsPlanId;
  }

  public static JsonObject of(JsonObject p) {
    JsonObject scope = p.getJsonObject("appliedScopeProperties");
    JsonObject properties = common(p)
        .put("displayProvisioningState", p.getString("displayProvisioningState"))
        .put("appliedScopeType", p.getString("appliedScopeType"))
        .put("userFriendlyAppliedScopeType", p.getString("appliedScopeType"))
        .put("commitment", commitment(p.getJsonObject("commitment")))
        .put("effectiveDateTime", p.getString("effectiveDateTime"))
        .put("expiryDateTime", p.getString("expiryDateTime"))
        .put("purchaseDateTime", p.getString("purchaseDateTime"))
        .put("benefitStartTime", p.getString("benefitStartTime"))
        .put("renew", p.getBoolean("renew", false))
        .put("utilization", p.getJsonObject("utilization", new JsonObject().put("aggregates", new JsonArray())));
    if (scope != null) {
      properties.put("appliedScopeProperties", scope);
    }
    if (p.getString("renewSource") != null) {
      properties.put("renewSource", p.getString("renewSource"));
    }
    if (p.getString("renewDestination") != null) {
      properties.put("renewDestination", p.getString("renewDestination"));
    }
    return new JsonObject()
        .put("id", id(p.getString("savingsPlanOrderId"), p.getString("id")))
        .put("name", p.getString("id"))
        .put("type", "Microsoft.BillingBenefits/savingsPlanOrders/savingsPlans")
        .put("sku", new JsonObject().put("name", SKU))
        .put("properties", properties);
  }

  /** The order of {@code plans} (the order service's, all of one order). */
  public static JsonObject order(String savingsPlanOrderId, List<JsonObject> plans, boolean schedule) {
    JsonObject first = plans.get(0);
    JsonArray ids = new JsonArray();
    plans.forEach(p -> ids.add(id(savingsPlanOrderId, p.getString("id"))));
    JsonObject properties = common(first)
        .put("expiryDateTime", first.getString("expiryDateTime"))
        .put("benefitStartTime", first.getString("benefitStartTime"))
        .put("savingsPlans", ids);
    if (schedule) {
      JsonObject total = first.getJsonObject("totalCommitment", new JsonObject());
      JsonObject money = new JsonObject().put("currencyCode", total.getString("currencyCode")).put("amount", number(total.getValue("amount")));
      String day = ArmReservationView.date(first.getString("purchaseDateTime"));
      properties.put("planInformation", new JsonObject().put("pricingCurrencyTotal", money).put("startDate", day)
          .put("transactions", new JsonArray()));
    }
    return new JsonObject()
        .put("id", orderId(savingsPlanOrderId))
        .put("name", savingsPlanOrderId)
        .put("type", "Microsoft.BillingBenefits/savingsPlanOrders")
        .put("sku", new JsonObject().put("name", SKU))
        .put("properties", properties);
  }

  /** What a plan and its order both show of it. */
  private static JsonObject common(JsonObject p) {
    return new JsonObject()
        .put("displayName", p.getString("displayName"))
        .put("provisioningState", p.getString("provisioningState"))
        .put("billingScopeId", "/subscriptions/" + p.getString("billingSubscriptionId"))
        .put("term", p.getString("term"))
        .put("billingPlan", "Monthly".equals(p.getString("billingPlan")) ? "P1M" : p.getString("billingPlan"));
  }

  public static String aliasId(String alias) {
    return "/providers/Microsoft.BillingBenefits/savingsPlanOrderAliases/" + alias;
  }

  /** The alias a plan was bought under ({@code SavingsPlanOrderAliasModel}): what was bought, and its order. */
  public static JsonObject alias(String alias, JsonObject p) {
    JsonObject properties = common(p)
        .put("savingsPlanOrderId", orderId(p.getString("savingsPlanOrderId")))
        .put("provisioningState", "Succeeded")
        .put("appliedScopeType", p.getString("appliedScopeType"))
        .put("commitment", commitment(p.getJsonObject("commitment")));
    if (p.getJsonObject("appliedScopeProperties") != null) {
      properties.put("appliedScopeProperties", p.getJsonObject("appliedScopeProperties"));
    }
    return new JsonObject().put("id", aliasId(alias)).put("name", alias).put("type", "Microsoft.BillingBenefits/savingsPlanOrderAliases")
        .put("sku", new JsonObject().put("name", SKU)).put("kind", "Compute_Savings_Plan").put("properties", properties);
  }

  private static JsonObject commitment(JsonObject c) {
    if (c == null) {
      return null;
    }
    return new JsonObject().put("grain", c.getString("grain", "Hourly")).put("currencyCode", c.getString("currencyCode"))
        .put("amount", number(c.getValue("amount")));
  }

  private static Object number(Object value) {
    return value instanceof String text ? Double.valueOf(text) : value instanceof Number n ? n.doubleValue() : null;
  }
}
