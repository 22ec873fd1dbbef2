package dev.rvi.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * JSON schemas of the request bodies, in the OpenAPI document's components. Partner Center's bodies
 * are accepted with keys in any case: the gateway spells a body's keys as these schemas do before it
 * checks the body, so every spelling is typed. Keys the schemas do not name pass unchecked.
 */
final class BodySchemas {
  private BodySchemas() {}

  private static JsonObject obj(Object... pairs) {
    JsonObject properties = new JsonObject();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
    }
    return new JsonObject().put("type", "object").put("properties", properties);
  }

  private static JsonObject str(int max) {
    return new JsonObject().put("type", "string").put("maxLength", max);
  }

  /** An id the caller must give: not empty. */
  private static JsonObject id(int max) {
    return str(max).put("minLength", 1);
  }

  private static JsonObject oneOf(String... values) {
    return new JsonObject().put("type", "string").put("enum", new JsonArray(List.of((Object[]) values)));
  }

  private static JsonObject integer(int min, int max) {
    return new JsonObject().put("type", "integer").put("minimum", min).put("maximum", max);
  }

  private static JsonObject array(JsonObject items, int max) {
    return new JsonObject().put("type", "array").put("items", items).put("maxItems", max);
  }

  private static JsonObject required(JsonObject schema, String... names) {
    return schema.put("required", new JsonArray(List.of((Object[]) names)));
  }

  /** The schema, and the same fields again inside Azure's {@code properties} wrapper. */
  private static JsonObject withAzureWrapper(JsonObject schema) {
    JsonObject out = schema.copy();
    out.getJsonObject("properties").put("properties", schema.copy());
    return out;
  }

  /** Azure's savings plan purchase (an alias's body): the route requires what it needs and names it. */
  private static final JsonObject ARM_SAVINGS_PLAN_PURCHASE = obj("sku", obj("name", str(100)), "properties", obj("displayName", str(64),
      "billingScopeId", str(300), "term", str(10), "billingPlan", str(20), "appliedScopeType", str(20),
      "appliedScopeProperties", obj("subscriptionId", str(300)), "commitment", obj("grain", str(20), "currencyCode", str(3),
          "amount", new JsonObject().put("type", "number")), "renew", new JsonObject().put("type", "boolean")));

  static JsonObject all() {
    JsonObject commitment = obj("amount", new JsonObject().put("type", new JsonArray().add("number").add("string")), "currency", str(3),
        "currencyCode", str(3), "grain", str(20));
    JsonObject provisioning = obj("subscriptionId", str(128), "entitlementId", str(128), "scope", str(20), "duration", str(20),
        "billingPlan", str(20), "purchaseCommitment", commitment);
    JsonObject participants = array(obj("key", str(100), "value", str(100)), 10);
    JsonObject line = obj("id", integer(0, 10_000), "catalogItemId", str(200), "quantity", integer(1, 1_000_000),
        "billingCycle", str(20), "termDuration", str(20), "provisioningContext", provisioning, "participants", participants,
        "billingPlan", str(20), "purchaseCommitment", commitment);
    // Microsoft's create-an-order sample: offerId for the catalog item, partnerIdOnRecord for the reseller.
    JsonObject orderLine = obj("lineItemNumber", integer(0, 10_000), "offerId", str(200), "catalogItemId", str(200),
        "quantity", integer(1, 1_000_000), "billingCycle", str(20), "termDuration", str(20), "provisioningContext", provisioning,
        "partnerIdOnRecord", str(100), "participants", participants, "billingPlan", str(20), "purchaseCommitment", commitment);
    JsonObject reservationRef = obj("reservationId", id(300), "quantity", integer(1, 1_000_000));
    JsonObject refund = obj("sessionId", id(100), "scope", str(40), "reservationToReturn", reservationRef, "returnReason", str(500));
    JsonObject purchase = obj("catalogItemId", str(200), "quantity", integer(1, 1_000_000), "termDuration", str(20),
        "provisioningContext", provisioning, "billingPlan", str(20));
    // The plan a trade-in buys, quoted directly or asked for in a support request.
    JsonObject savingsPlan = obj("term", str(20), "billingPlan", str(20), "appliedScopeType", str(20), "subscriptionId", str(128),
        "displayName", str(100), "hourlyCommitment", commitment.getJsonObject("properties").getJsonObject("amount"), "commitment", commitment);
    return new JsonObject()
        .put("Error", required(obj("code", new JsonObject().put("type", "integer"), "description", str(10_000),
            "data", array(str(10_000), 1000), "source", str(50)), "code", "description"))
        .put("CustomerRequest", obj("companyProfile", obj("domain", str(253), "companyName", str(200)),
            "billingProfile", obj("companyName", str(200), "email", str(320), "culture", str(10), "language", str(10),
                "defaultAddress", obj("country", str(2), "city", str(200), "addressLine1", str(200), "postalCode", str(200))),
            "associatedPartnerId", str(128)))
        .put("SubscriptionRequest", obj("friendlyName", str(100), "origin", oneOf("csp", "transferredFromDirect", "transferredFromEA"),
            "reservations", array(str(300), 1000)))
        .put("SubscriptionUpdateRequest", obj("status", oneOf("active", "suspended", "deleted"), "friendlyName", str(100)))
        .put("SavingsPlanUpdateRequest", withAzureWrapper(obj("displayName", str(100), "appliedScopeType", str(20),
            "appliedScopeProperties", obj("subscriptionId", str(200)), "renew", new JsonObject().put("type", "boolean"))))
        .put("TradeInQuoteRequest", withAzureWrapper(obj("reservationsToReturn", array(obj("reservationOrderId", str(300),
                "reservationId", str(300), "quantity", integer(1, 1_000_000)), 100),
            "savingsPlan", savingsPlan)))
        .put("TradeInRequest", withAzureWrapper(obj("sessionId", id(100))))
        .put("CartRequest", obj("lineItems", array(line, 50), "participants", participants,
            "PartnerOnRecordAttestationAccepted", new JsonObject().put("type", "boolean")))
        .put("OrderRequest", obj("lineItems", array(orderLine, 50), "participants", participants))
        .put("ReservationUpdateRequest", obj("appliedScopeType", str(20), "appliedScopes", array(str(300), 1),
            "renew", new JsonObject().put("type", "boolean"), "instanceFlexibility", str(10), "name", str(64), "displayName", str(64),
            "properties", new JsonObject().put("type", "object")))
        .put("RoleAssignmentRequest", obj("role", oneOf("Reader", "Administrator")))
        // Each also in Azure's shape, its fields inside "properties" (the route requires what is missing from both).
        .put("RefundQuoteRequest", withAzureWrapper(refund.copy().put("properties", refund.getJsonObject("properties").copy()
            .put("id", str(300)))))
        .put("ReturnRequest", withAzureWrapper(refund))
        .put("ExchangeQuoteRequest", withAzureWrapper(obj("reservationsToExchange", array(reservationRef, 50),
            "reservationsToPurchase", array(purchase, 50))))
        .put("ExchangeRequest", withAzureWrapper(obj("sessionId", id(100))))
        // Azure's PurchaseRequest (calculatePrice, the purchase's PUT); the route requires what it needs and names it.
        .put("ArmPurchaseRequest", obj("sku", obj("name", str(100)), "location", str(40), "properties", obj("reservedResourceType", str(40),
            "billingScopeId", str(300), "term", str(10), "billingPlan", str(20), "quantity", integer(1, 1_000_000), "displayName", str(64),
            "appliedScopeType", str(20), "appliedScopes", array(str(300), 1), "renew", new JsonObject().put("type", "boolean"))))
        .put("ArmSavingsPlanValidateRequest", obj("benefits", array(obj("displayName", str(100), "appliedScopeType", str(20),
            "appliedScopeProperties", obj("subscriptionId", str(300)), "renew", new JsonObject().put("type", "boolean")), 50)))
        .put("ArmSavingsPlanPurchaseRequest", ARM_SAVINGS_PLAN_PURCHASE)
        .put("ArmSavingsPlanPurchaseValidateRequest", obj("benefits", array(ARM_SAVINGS_PLAN_PURCHASE, 50)))
        .put("ArmAvailableScopeRequest", obj("properties", obj("scopes", array(str(300), 100))))
        .put("SplitRequest", withAzureWrapper(obj("quantities", array(integer(1, 1_000_000), 100), "reservationId", id(300))))
        .put("MergeRequest", withAzureWrapper(obj("sources", array(id(300), 100))))
        .put("UsageRequest", obj("items", new JsonObject().put("type", "array")))
        .put("SupportRequestFiling", obj("issueType", str(50), "problemType", str(50), "category", str(50), "reservationId", str(128),
            "reservationOrderId", str(128), "quantity", integer(1, 1_000_000), "savingsPlan", savingsPlan,
            "tradeInTarget", obj("savingsPlan", savingsPlan),
            "contact", obj("preferredContactMethod", oneOf("email", "phone"), "name", str(200), "email", str(320), "phone", str(50),
                "language", str(20), "timeZone", str(60)), "description", str(4000)))
        .put("PartnerNoteRequest", required(obj("text", str(4000)), "text"))
        .put("SupportAgentActionRequest", obj("assignee", str(128), "text", str(4000), "visibility", oneOf("internal", "partner"),
            "reason", str(2000)))
        .put("PartnerRequest", obj("id", str(64), "name", str(200), "mpnId", str(10), "type", str(30), "country", str(2)))
        .put("PriceSheetRequest", obj("Items", new JsonObject().put("type", "array")))
        .put("InventoryCheckRequest", obj("targetItems", array(obj("productId", str(40), "skuId", str(40)), 100)))
        .put("WebhookRequest", required(obj("url", str(2000), "events", array(str(60), 20), "customerIds", array(str(128), 1000),
            "description", str(500)), "url"))
        .put("WebhookUpdateRequest", obj("url", str(2000), "events", array(str(60), 20), "customerIds", array(str(128), 1000),
            "description", str(500), "disabled", new JsonObject().put("type", "boolean")))
        .put("AlertRuleRequest", required(obj("type", oneOf("utilization.low"), "thresholdPercent", new JsonObject().put("type", "number")
            .put("exclusiveMinimum", 0).put("maximum", 100), "window", oneOf("P7D", "P30D"), "frequency", oneOf("daily", "weekly", "monthly"),
            "customerIds", array(str(128), 1000)), "thresholdPercent"))
        .put("PriceListRequest", obj("name", str(100), "currency", str(3), "allowNegativeMargin", new JsonObject().put("type", "boolean"),
            "version", integer(1, Integer.MAX_VALUE),
            "rules", array(required(obj("percent", new JsonObject().put("type", new JsonArray().add("number").add("string")),
                "productKind", oneOf("reservation", "savingsPlan"), "series", str(80), "armRegionName", str(40), "term", str(10)), "percent"), 200),
            "fixedPrices", array(required(obj("catalogItemId", str(200), "price", new JsonObject().put("type", new JsonArray().add("number")
                .add("string")), "currency", str(3)), "catalogItemId", "price"), 2000)))
        .put("PriceListAssignmentRequest", required(obj("resellerId", str(128), "customerId", str(128), "effectiveFrom", str(10),
            "effectiveTo", str(10)), "effectiveFrom"))
        .put("ClockRequest", required(obj("now", str(40)), "now"));
  }
}
