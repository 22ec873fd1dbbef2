package dev.rvi.gateway.arm;

import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.gateway.http.Bodies;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Azure's savings plan purchase ({@code SavingsPlanOrderAliasModel}, the alias PUT and validate): {@code sku.name}
 * {@code Compute_Savings_Plan}, and under {@code properties} the {@code billingScopeId} ({@code /subscriptions/{id}}),
 * {@code term}, {@code billingPlan} ({@code P1M} monthly, upfront when absent), {@code appliedScopeType} and, for Single,
 * {@code appliedScopeProperties.subscriptionId}, the hourly {@code commitment}, {@code displayName}, {@code renew}.
 */
public record ArmSavingsPlanPurchase(Term term, String billingPlan, String subscriptionId, String scope, String appliedSubscriptionId,
                                     BigDecimal hourly, String currency, String displayName, Boolean renew) {
  private static final String SOURCE = "gateway";

  public static ArmSavingsPlanPurchase of(JsonObject body) {
    JsonObject sku = Bodies.object(body, "sku");
    String name = sku == null ? null : Bodies.string(sku, "name");
    if (name == null || !name.equalsIgnoreCase(SavingsPlanProduct.ARM_SKU_NAME)) {
      throw Errors.badRequest(SOURCE, "sku.name must be " + SavingsPlanProduct.ARM_SKU_NAME);
    }
    JsonObject p = Bodies.object(body, "properties");
    if (p == null) {
      throw Errors.badRequest(SOURCE, "properties is required: billingScopeId, term, commitment, appliedScopeType");
    }
    Term term = ArmPurchaseFields.term(p);
    String plan = Bodies.string(p, "billingPlan");
    String billingPlan;
    if (plan == null || plan.equalsIgnoreCase("Upfront")) {
      billingPlan = "Upfront";
    } else if (plan.equalsIgnoreCase("P1M") || plan.equalsIgnoreCase("Monthly")) {
      billingPlan = "Monthly";
    } else {
      throw Errors.badRequest(SOURCE, "properties.billingPlan must be P1M (monthly), or absent for upfront");
    }
    String billing = ArmPurchaseFields.subscription(Bodies.string(p, "billingScopeId"), "properties.billingScopeId");
    if (billing == null) {
      throw Errors.badRequest(SOURCE, "properties.billingScopeId is required: /subscriptions/{the customer's subscription}");
    }
    String scope = Bodies.string(p, "appliedScopeType");
    JsonObject scopeProperties = Bodies.object(p, "appliedScopeProperties");
    String applied = scopeProperties == null ? null : ArmPurchaseFields.subscription(Bodies.string(scopeProperties, "subscriptionId"),
        "properties.appliedScopeProperties.subscriptionId");
    if (scope == null || scope.equalsIgnoreCase("Shared")) {
      scope = "Shared";
      applied = null;
    } else if (scope.equalsIgnoreCase("Single")) {
      scope = "Single";
      if (applied == null) {
        throw Errors.badRequest(SOURCE, "a Single savings plan names properties.appliedScopeProperties.subscriptionId");
      }
    } else {
      throw Errors.badRequest(SOURCE, "properties.appliedScopeType must be Single or Shared");
    }
    JsonObject commitment = Bodies.object(p, "commitment");
    Object amount = commitment == null ? null : Bodies.field(commitment, "amount");
    if (!(amount instanceof Number n)) {
      throw Errors.badRequest(SOURCE, "properties.commitment {grain: Hourly, currencyCode, amount} is required");
    }
    String grain = Bodies.string(commitment, "grain");
    if (grain != null && !grain.equalsIgnoreCase("Hourly")) {
      throw Errors.badRequest(SOURCE, "properties.commitment.grain must be Hourly");
    }
    String currency = Bodies.string(commitment, "currencyCode");
    return new ArmSavingsPlanPurchase(term, billingPlan, billing, scope, applied, new BigDecimal(n.toString()),
        currency == null ? null : currency.toUpperCase(Locale.ROOT), ArmPurchaseFields.displayName(p), ArmPurchaseFields.renew(p));
  }

  /**
   * The savings plan order an alias of a tenant buys into: the same alias of the same tenant, the same order (so a PUT
   * again finds it), another tenant's alias of the same name never the same.
   */
  public static String orderIdOf(String tenantId, String alias) {
    return UUID.nameUUIDFromBytes(("savingsPlanOrderAlias:" + tenantId + ":" + alias.toLowerCase(Locale.ROOT))
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
