package dev.rvi.gateway.arm;

import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.gateway.http.Bodies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * Azure's {@code PurchaseRequest} (calculatePrice and the purchase's PUT): {@code sku.name}, {@code location}, and under
 * {@code properties} the {@code reservedResourceType} (VirtualMachines), {@code billingScopeId} (the subscription billed:
 * {@code /subscriptions/{id}}), {@code term}, {@code billingPlan}, {@code quantity}, {@code displayName},
 * {@code appliedScopeType} and {@code appliedScopes}, {@code renew}. What does not fit is a 400 naming the field.
 */
public record ArmPurchase(String armSkuName, String armRegionName, Term term, String billingPlan, int quantity, String subscriptionId,
                          String scope, String displayName, Boolean renew) {
  private static final String SOURCE = "gateway";

  public static ArmPurchase of(JsonObject body) {
    JsonObject sku = Bodies.object(body, "sku");
    String name = sku == null ? null : Bodies.string(sku, "name");
    String location = Bodies.string(body, "location");
    JsonObject p = Bodies.object(body, "properties");
    if (name == null || location == null || p == null) {
      throw Errors.badRequest(SOURCE, "sku.name is required, with location and properties {billingScopeId, term, quantity}");
    }
    String type = Bodies.string(p, "reservedResourceType");
    if (type != null && !type.equalsIgnoreCase("VirtualMachines")) {
      throw Errors.badRequest(SOURCE, "properties.reservedResourceType must be VirtualMachines: only VM reservations are sold here");
    }
    Term term = ArmPurchaseFields.term(p);
    String plan = Bodies.string(p, "billingPlan");
    if (plan != null && !plan.equalsIgnoreCase("Upfront") && !plan.equalsIgnoreCase("Monthly")) {
      throw Errors.badRequest(SOURCE, "properties.billingPlan must be Upfront or Monthly");
    }
    Object quantity = Bodies.field(p, "quantity");
    if (!(quantity instanceof Number n) || n.intValue() != n.doubleValue() || n.intValue() < 1) {
      throw Errors.badRequest(SOURCE, "properties.quantity must be a whole number of at least 1");
    }
    String billing = ArmPurchaseFields.subscription(Bodies.string(p, "billingScopeId"), "properties.billingScopeId");
    if (billing == null) {
      throw Errors.badRequest(SOURCE, "properties.billingScopeId is required: /subscriptions/{the customer's subscription}");
    }
    String scope = Bodies.string(p, "appliedScopeType");
    if (scope == null || scope.equalsIgnoreCase("Shared")) {
      scope = "Shared";
    } else if (scope.equalsIgnoreCase("Single")) {
      scope = "Single";
    } else {
      throw Errors.badRequest(SOURCE, "properties.appliedScopeType must be Single or Shared");
    }
    JsonArray scopes = Bodies.array(p, "appliedScopes");
    if (scopes != null && !scopes.isEmpty()) {
      String applied = scopes.size() == 1 && scopes.getValue(0) instanceof String s
          ? ArmPurchaseFields.subscription(s, "properties.appliedScopes") : null;
      if (applied == null || !applied.equals(billing)) {
        throw Errors.badRequest(SOURCE, "properties.appliedScopes takes the one subscription of billingScopeId; scope it to another after the purchase");
      }
    }
    return new ArmPurchase(name, location.toLowerCase(Locale.ROOT), term, plan == null ? "Upfront" : capitalised(plan), n.intValue(),
        billing, scope, ArmPurchaseFields.displayName(p), ArmPurchaseFields.renew(p));
  }

  private static String capitalised(String plan) {
    return plan.substring(0, 1).toUpperCase(Locale.ROOT) + plan.substring(1).toLowerCase(Locale.ROOT);
  }
}
