package dev.rvi.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas of the success bodies, in the OpenAPI document's components, and which operation
 * answers with which. They name the fields a client relies on, with their types; objects may carry
 * more. The test platform checks every success body of the test suite against them.
 */
final class ResponseSchemas {
  private ResponseSchemas() {}

  private static JsonObject type(String type) {
    return new JsonObject().put("type", type);
  }

  private static final JsonObject S = type("string");
  private static final JsonObject I = type("integer");
  private static final JsonObject N = type("number");
  private static final JsonObject B = type("boolean");

  private static JsonObject nullable(String type) {
    return new JsonObject().put("type", new JsonArray().add(type).add("null"));
  }

  /** The schema, or null. */
  private static JsonObject orNull(JsonObject schema) {
    return new JsonObject().put("anyOf", new JsonArray().add(schema).add(type("null")));
  }

  private static JsonObject ref(String name) {
    return new JsonObject().put("$ref", "#/components/schemas/" + name);
  }

  private static JsonObject array(JsonObject items) {
    return type("array").put("items", items);
  }

  /** An object whose listed properties are all required: {@code obj("id", S, "quantity", I)}. */
  private static JsonObject obj(Object... pairs) {
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
      required.add(pairs[i]);
    }
    return type("object").put("properties", properties).put("required", required);
  }

  /** The object with one more property that it may leave out. */
  private static JsonObject optional(JsonObject object, String name, JsonObject schema) {
    object.getJsonObject("properties").put(name, schema);
    return object;
  }

  private static JsonObject collection(String item) {
    return obj("totalCount", I, "items", array(ref(item)), "links", type("object"), "attributes", obj("objectType", S));
  }

  private static final JsonObject MONEY = ref("Money");
  private static final JsonObject ARM_PRICE = obj("currencyCode", S, "amount", N);
  /** Microsoft.Capacity's ReservationResponse: what Azure's SDKs read of it. */
  private static final JsonObject ARM_RESERVATION = obj("id", S, "name", S, "type", S, "location", S, "etag", I, "sku", obj("name", S),
      "properties", optional(obj("reservedResourceType", S, "instanceFlexibility", S, "displayName", S, "appliedScopeType", S, "quantity", I,
          "provisioningState", S, "effectiveDateTime", S, "expiryDateTime", S, "billingPlan", S, "term", S, "renew", B,
          "displayProvisioningState", S, "purchaseDateTime", S, "utilization", obj("aggregates", array(type("object")))),
          "appliedScopes", orNull(array(S))));
  private static final JsonObject MARGIN = obj("revenue", N, "cost", N, "margin", N, "marginPercent", nullable("number"), "lines", I);

  private static JsonObject statement() {
    return obj("id", S, "month", S, "currency", S, "side", S, "level", I, "seller", obj("id", S),
        "buyer", obj("id", S, "kind", S), "oneTime", N, "monthly", N, "credits", N, "total", N, "lineCount", I);
  }

  /** One hourly commitment a savings-plan recommendation weighed. */
  private static final JsonObject COMMITMENT_DETAILS = obj("commitmentAmount", N, "savingsAmount", N, "savingsPercentage", N,
      "coveragePercentage", N, "averageUtilizationPercentage", N, "wastageCost", N, "overageCost", N, "benefitCost", N, "totalCost", N);

  /** One of several shapes of a resource (a reservation's or the savings plan's). */
  private static JsonObject anyOf(String... names) {
    JsonArray shapes = new JsonArray();
    for (String name : names) {
      shapes.add(ref(name));
    }
    return new JsonObject().put("anyOf", shapes);
  }

  static JsonObject all() {
    JsonObject policyErrors = array(obj("code", S, "description", S));
    JsonObject policyResult = obj("policyErrors", policyErrors);
    JsonObject refundPolicy = optional(optional(obj("consumedRefundsTotal", MONEY, "maxRefundLimit", MONEY, "policyErrors", policyErrors),
        "earlyTerminationFeePercent", N), "policyText", S);
    JsonObject quotedPolicy = optional(obj("consumedRefundsTotal", MONEY, "maxRefundLimit", MONEY, "policyErrors", policyErrors,
        "earlyTerminationFeePercent", N, "policyText", S), "nextFeeChange", obj("effectiveFrom", S, "percent", N));
    JsonObject commitment = obj("grain", S, "currencyCode", obj("code", S, "symbol", S), "amount", S);
    JsonObject savingsPlanRate = obj("hourlyRate", N, "price", N, "savingsPercent", nullable("number"));
    savingsPlanRate.put("type", new JsonArray().add("object").add("null"));
    JsonObject reservation = obj("id", S, "reservationOrderId", S, "displayName", S, "skuName", S, "location", S, "quantity", I,
        "term", S, "appliedScopeType", S, "appliedScopes", array(S), "instanceFlexibility", S, "purchaseDateTime", S,
        "effectiveDateTime", S, "expiryDateTime", S, "provisioningState", S, "displayProvisioningState", S,
        "partnerIdOnRecord", nullable("string"), "unitPrice", N, "currencyCode", S, "utilization", type("object"));
    return new JsonObject()
        .put("Money", obj("currencyCode", S, "amount", N))
        .put("Product", anyOf("ReservationProduct", "SavingsPlanProduct"))
        .put("ReservationProduct", obj("id", S, "title", S, "description", S, "productType", type("object"), "series", S))
        .put("SavingsPlanProduct", obj("id", S, "title", S, "description", S,
            "productType", obj("id", S, "displayName", S, "subType", obj("id", S, "displayName", S))))
        .put("Sku", anyOf("ReservationSku", "SavingsPlanSku"))
        .put("ReservationSku", obj("id", S, "productId", S, "title", S, "minimumQuantity", I, "maximumQuantity", I,
            "supportedBillingCycles", array(S), "provisioningVariables", array(S),
            "dynamicAttributes", obj("armSkuName", S, "armRegionName", S, "cores", I, "term", S, "instanceFlexibilityGroup", S,
                "instanceFlexibilityRatio", S)))
        .put("SavingsPlanSku", obj("id", S, "productId", S, "title", S, "minimumQuantity", I, "maximumQuantity", I,
            "supportedBillingCycles", array(S), "provisioningVariables", array(S), "minimumPurchaseCommitment", commitment,
            "dynamicAttributes", obj("isMicrosoftProduct", B, "armSkuName", S, "duration", S, "termDuration", S)))
        .put("Availability", anyOf("ReservationAvailability", "SavingsPlanAvailability"))
        .put("ReservationAvailability", obj("id", S, "productId", S, "skuId", S, "catalogItemId", S, "country", S, "defaultCurrency", S,
            "isPurchasable", B, "terms", array(obj("duration", S, "description", S)), "unitPrice", N, "currencyCode", S))
        .put("SavingsPlanAvailability", obj("id", S, "productId", S, "skuId", S, "catalogItemId", S, "country", S, "defaultCurrency", S,
            "isPurchasable", B, "terms", array(obj("duration", S, "description", S)), "minimumPurchaseCommitment", commitment,
            "currencyCode", S))
        .put("ReservedInstance", optional(obj("catalogItemId", S, "productId", S, "skuId", S, "armSkuName", S, "armRegionName", S,
            "series", S, "cores", nullable("integer"), "term", S, "currencyCode", S, "unitPrice", N, "payAsYouGoPrice", nullable("number"),
            "savingsPercent", nullable("number"), "savingsPlan", savingsPlanRate, "isPurchasable", B, "softwareCostsIncluded", B),
            "prices", optional(obj("cost", N, "price", N), "customerPrice", N)))
        .put("Region", obj("name", S, "displayName", S, "offers", I))
        .put("InventoryResult", array(obj("productId", S, "skuId", nullable("string"), "isRestricted", B,
            "restrictions", array(obj("reasonCode", S, "description", S, "properties", array(obj("type", S, "values", array(S))))))))
        .put("Customer", obj("id", S, "companyProfile", obj("tenantId", S, "domain", S, "companyName", S),
            "billingProfile", type("object"), "associatedPartnerId", nullable("string"), "relationshipToPartner", S, "createdAt", S))
        // A customer's Azure subscription, or a savings plan as Partner Center lists it among them (unit type Benefit).
        .put("Subscription", anyOf("AzureSubscription", "BenefitSubscription"))
        .put("AzureSubscription", obj("id", S, "customerId", S, "friendlyName", S, "offerName", S,
            "status", S.copy().put("enum", new JsonArray(List.of("active", "suspended", "deleted"))), "origin", S,
            "registrationStatus", S, "creationDate", S))
        .put("BenefitSubscription", obj("id", S, "customerId", S, "entitlementId", S, "offerId", S, "offerName", S, "productId", S,
            "skuId", S, "friendlyName", S, "quantity", I, "unitType", S.copy().put("enum", new JsonArray(List.of("Benefit"))),
            "billingType", S.copy().put("enum", new JsonArray(List.of("benefit"))),
            "status", S.copy().put("enum", new JsonArray(List.of("active", "expired"))), "autoRenewEnabled", B, "creationDate", S,
            "effectiveStartDate", S, "commitmentEndDate", S, "termDuration", S, "billingCycle", S, "orderId", S, "links", type("object")))
        .put("RegistrationStatus", obj("subscriptionId", S, "status", S))
        .put("AgentAccess", obj("subscriptionId", S, "userId", S, "grantedBy", S, "grantedAt", S))
        .put("Cart", obj("id", S, "customerId", S, "creationTimestamp", S, "expirationTimestamp", S, "status", S,
            "lineItems", array(obj("id", I, "catalogItemId", S, "quantity", I, "billingCycle", S, "termDuration", S,
                "provisioningContext", type("object")))))
        .put("Order", obj("id", S, "alternateId", S, "referenceCustomerId", S, "billingCycle", S, "currencyCode", S,
            "currencySymbol", S, "transactionType", S,
            "lineItems", array(obj("lineItemNumber", I, "offerId", S, "termDuration", S, "quantity", I, "links", obj("sku", obj("uri", S)),
                "partnerIdOnRecord", nullable("string"), "unitPrice", N, "subtotal", N, "currencyCode", S, "reservationOrderId", S)),
            "totalPrice", N, "creationDate", S, "status", S))
        .put("Checkout", obj("orders", array(ref("Order")), "orderErrors", type("array")))
        .put("Entitlement", obj("referenceOrder", obj("id", S, "lineItemId", S, "alternateId", S), "productId", S, "skuId", S, "quantity", I,
            "entitlementType", S, "fulfillmentState", S, "expiryDate", S, "entitledArtifacts", array(obj("artifactType", S, "resourceId", S,
                "link", obj("uri", S, "method", S), "dynamicAttributes", optional(optional(optional(obj(), "reservationType", S),
                    "savingsPlanId", S), "savingsPlanOrderId", S)))))
        .put("LineItemProvisioningStatus", obj("lineItemNumber", I, "status", S, "quantityProvisioningInformation",
            array(obj("quantity", I, "status", S)), "resourceId", S))
        .put("ReservedInstanceArtifactDetails", obj("type", S, "reservations", array(obj("reservationId", S, "scopeType", S,
            "quantity", I, "displayName", S, "reservedResourceType", S, "instanceFlexibility", S, "provisioningState", S))))
        .put("Reservation", reservation.copy())
        .put("PartnerReservation", optional(optional(reservation.copy(), "resellerPartnerId", nullable("string")), "customerId", S).put("required",
            reservation.getJsonArray("required").copy().add("customerId")))
        .put("Webhook", obj("id", S, "url", S, "events", array(S), "customerIds", array(S), "createdAt", S, "status", S))
        .put("WebhookPing", obj("eventId", S))
        .put("WebhookDelivery", obj("id", S, "eventId", S, "type", S, "status", S, "attempts", I))
        .put("WebhookRetry", obj("id", S, "status", S))
        .put("AlertRule", obj("id", S, "type", S, "window", S, "frequency", S, "customerIds", array(S), "nextEvaluationAt", S))
        .put("Event", obj("id", S, "type", S, "createdAt", S, "partnerId", S, "data", type("object")))
        .put("RefundLimit", obj("maxRefundLimit", obj("currencyCode", S, "amount", N), "consumedRefundsTotal", obj("currencyCode", S, "amount", N),
            "remaining", obj("currencyCode", S, "amount", N), "windowDays", I, "releases", array(obj("date", S, "amount", N, "currencyCode", S))))
        .put("Revision", obj("id", I, "changedBy", S, "changedAt", S, "change", S, "before", type("object"), "after", type("object")))
        .put("RoleAssignment", obj("reservationId", S, "userId", S,
            "role", S.copy().put("enum", new JsonArray(List.of("Reader", "Administrator"))), "grantedBy", S, "grantedAt", S))
        .put("UtilizationDay", obj("reservationId", S, "usageDate", S, "reservedHours", N, "usedHours", N, "utilizedPercentage", N))
        .put("SavingsPlanUtilizationDay", obj("savingsPlanId", S, "savingsPlanOrderId", S, "benefitId", S, "benefitType", S, "kind", S,
            "usageDate", S, "currencyCode", S, "committedAmount", N, "usedAmount", N, "utilizedPercentage", N))
        .put("Recommendation", obj("armSkuName", S, "armRegionName", S, "recommendedQuantity", I,
            "costWithNoReservedInstances", N, "totalCostWithReservedInstances", N, "netSavings", N, "currencyCode", S, "term", S,
            "scope", S, "lookBackPeriod", S))
        .put("SavingsPlanRecommendation", obj("kind", S, "properties", obj("lookBackPeriod", S, "term", S, "scope", S,
            "commitmentGranularity", S, "currencyCode", S, "firstConsumptionDate", S, "lastConsumptionDate", S, "totalHours", I,
            "costWithoutBenefit", N, "armSkuName", S, "recommendationDetails", COMMITMENT_DETAILS,
            "allRecommendationDetails", obj("value", array(COMMITMENT_DETAILS)))))
        .put("BenefitComparison", obj("lookBackPeriod", S, "term", S, "scope", S, "currencyCode", nullable("string"), "totalHours", I,
            "costWithoutBenefit", N, "bestOption", nullable("string"), "options", array(obj("kind", S,
                "reservations", array(obj("armSkuName", S, "armRegionName", S, "instanceFlexibilityGroup", S, "quantity", I)),
                "savingsPlan", nullable("object"), "reservationCost", N, "savingsPlanCost", N, "commitmentCost", N, "uncoveredCost", N,
                "totalCost", N, "savingsAmount", N, "savingsPercentage", N, "coveragePercentage", N))))
        .put("RefundQuote", obj("sessionId", S, "quantity", I, "billingRefundAmount", MONEY, "pricingRefundAmount", MONEY,
            "fee", MONEY, "validUntil", S, "policyResult", quotedPolicy))
        .put("ReturnResult", obj("id", S, "reservationOrderId", S, "reservationId", S, "quantity", I, "status", S,
            "billingRefundAmount", MONEY, "fee", MONEY, "remainingQuantity", I, "policyResult", refundPolicy, "createdAt", S))
        .put("SavingsPlan", obj("id", S, "savingsPlanOrderId", S, "displayName", S, "commitment", obj("grain", S, "currencyCode", S, "amount", N),
            "totalCommitment", MONEY, "term", S, "billingPlan", S, "appliedScopeType", S, "purchaseDateTime", S, "effectiveDateTime", S,
            "expiryDateTime", S, "renew", B, "provisioningState", S, "displayProvisioningState", S, "attributes", obj("objectType", S)))
        .put("TradeInQuote", obj("sessionId", S, "credit", MONEY, "minimumHourlyCommitment", N, "hourlyCommitment", MONEY,
            "totalCommitment", MONEY, "netPayable", MONEY, "validUntil", S,
            "reservationsToReturn", array(obj("reservationId", S, "quantity", I, "credit", N)),
            "savingsPlan", obj("catalogItemId", S, "term", S, "billingPlan", S, "appliedScopeType", S, "subscriptionId", S)))
        .put("TradeInResult", obj("sessionId", S, "status", S, "credit", MONEY, "totalCommitment", MONEY,
            "returned", array(obj("reservationId", S, "quantity", I, "credit", N)), "savingsPlan", ref("SavingsPlan"), "order", ref("Order"),
            "createdAt", S))
        .put("ExchangeQuote", obj("sessionId", S, "refundsTotal", MONEY, "purchasesTotal", MONEY, "netPayable", MONEY,
            "validUntil", S, "reservationsToExchange", array(obj("reservationId", S, "quantity", I, "refundAmount", N)),
            "reservationsToPurchase", array(obj("item", obj("catalogItemId", S, "unitPrice", N, "currencyCode", S), "quantity", I, "amount", N)),
            "policyResult", policyResult))
        .put("ExchangeResult", obj("sessionId", S, "status", S, "refundsTotal", MONEY, "purchasesTotal", MONEY, "netPayable", MONEY,
            "returned", array(obj("reservationId", S, "quantity", I, "refundAmount", N)), "order", ref("Order"), "createdAt", S))
        .put("UsageReceipt", obj("received", I, "stored", I, "new", I, "replaced", I))
        .put("Invoice", obj("id", S, "invoiceType", S, "invoiceDate", S, "currencyCode", S, "totalCharges", N, "totalCredits", N,
            "subtotal", N, "taxTotal", N, "totalAmount", N, "lineCount", I))
        .put("StatementSummary", statement())
        .put("Statement", statement().put("properties", statement().getJsonObject("properties").copy().put("lines", array(obj("chargeId", I,
            "date", S, "category", S, "chargeType", S, "productKind", S, "series", nullable("string"), "billingPlan", nullable("string"),
            "orderId", S, "reservationOrderId", S, "customerId", S, "customerName", S, "quantity", I, "amount", N)))))
        .put("MarginReport", obj("partnerId", S, "from", S, "to", S, "currencies", array(obj("currency", S, "total", MARGIN,
            "byReseller", array(MARGIN), "byCustomer", array(MARGIN), "byMonth", array(MARGIN), "byProductKind", array(MARGIN),
            "bySeries", array(MARGIN)))))
        .put("InvoiceLineItem", obj("id", I, "invoiceNumber", S, "partnerId", S, "customerId", S, "orderId", S, "chargeType", S,
            "unitPrice", N, "quantity", I, "subtotal", N, "taxTotal", N, "totalForCustomer", N, "currency", S))
        // An agent's screens name the partner and the customer beside their ids.
        .put("SupportRequestView", optional(optional(optional(obj("id", S, "partnerId", S, "customerId", S, "issueType", S, "reservationId", S,
            "requestedAction", S, "quantity", I, "status", S, "createdBy", S, "createdDate", S, "lastUpdatedDate", S),
            "history", array(obj("at", S, "actor", S, "kind", S))), "partnerName", nullable("string")), "customerName", nullable("string")))
        // An agent reading one request sees, while it awaits approval, what approving it would refund or credit now, or why not.
        .put("SupportRequestForAgent", optional(optional(optional(obj("id", S, "partnerId", S, "customerId", S, "issueType", S,
            "reservationId", S, "requestedAction", S, "quantity", I, "status", S, "createdBy", S, "createdDate", S, "lastUpdatedDate", S,
            "quote", orNull(ref("SupportQuote")), "quoteAbsent", nullable("string")),
            "history", array(obj("at", S, "actor", S, "kind", S))), "partnerName", nullable("string")), "customerName", nullable("string")))
        .put("SupportQuote", obj("requestedAction", S, "quantity", I, "refundAmount", orNull(MONEY), "fee", orNull(MONEY), "credit", orNull(MONEY),
            "newPurchasePrice", orNull(MONEY), "policyErrors", array(S)))
        .put("Relationship", obj("id", S, "name", S, "mpnId", S, "relationshipType", S))
        .put("Partner", obj("id", S, "name", S, "mpnId", S, "type", S, "country", S, "createdAt", S))
        .put("OrganizationProfile", obj("id", S, "tenantId", S, "companyName", S, "mpnId", S, "partnerType", S,
            "defaultAddress", obj("country", S), "links", type("object"), "attributes", obj("objectType", S)))
        .put("ResellerLink", obj("providerId", S, "resellerId", S, "resellerMpnId", S, "relationshipType", S))
        .put("PriceSheetLoad", obj("priceSheetId", I, "rowsRead", I, "rowsLoaded", I, "rowsSkipped", I, "rowsRejected", I,
            "rejected", array(obj("row", I, "reason", S)), "skipped", array(obj("row", I, "reason", S))))
        .put("PriceLoad", obj("id", I, "name", S, "status", S, "pages", I, "rowsRead", I, "rowsLoaded", I, "rowsSkipped", I,
            "rowsRejected", I, "startedAt", S))
        .put("Renewals", obj("renewed", I, "at", S))
        .put("ClockReading", obj("now", S))
        .put("PriceList", obj("id", S, "name", S, "currency", S, "audience", S, "allowNegativeMargin", B, "version", I,
            "rules", array(obj("percent", N, "productKind", nullable("string"), "series", nullable("string"), "armRegionName", nullable("string"),
                "term", nullable("string"))),
            "fixedPrices", array(obj("catalogItemId", S, "price", N)), "assignments", array(ref("PriceListAssignment")),
            "createdAt", S, "createdBy", S, "updatedAt", S, "updatedBy", S, "attributes", obj("objectType", S)))
        .put("PriceListAssignment", obj("id", S, "priceListId", S, "assignee", S, "resellerId", nullable("string"), "customerId", nullable("string"),
            "currency", S, "effectiveFrom", S, "effectiveTo", nullable("string"), "createdAt", S, "createdBy", S))
        .put("PriceListRevision", obj("version", I, "change", S, "changedAt", S, "changedBy", S, "detail", S, "priceList", ref("PriceList")))
        .put("PriceListPreview", obj("items", array(obj("catalogItemId", S, "armSkuName", S, "armRegionName", S, "term", S, "cost", N,
                "currentPrice", N, "newPrice", N, "margin", N, "marginPercent", nullable("number"), "negativeMargin", B)),
            "totalCount", I, "currencyCode", S, "summary", obj("items", I, "negativeMargins", I, "raised", I, "lowered", I, "unchanged", I),
            "links", type("object")))
        .put("ArmError", obj("error", optional(optional(obj("code", S, "message", S), "target", nullable("string")), "details", array(type("object")))))
        .put("ArmReservation", ARM_RESERVATION)
        .put("ArmReservationList", optional(obj("value", array(ref("ArmReservation"))), "nextLink", S))
        .put("ArmReservationOrder", obj("id", S, "name", S, "type", S, "etag", I, "properties", obj("displayName", S, "createdDateTime", S,
            "expiryDateTime", S, "originalQuantity", I, "term", S, "provisioningState", S, "billingPlan", S,
            "reservations", array(ref("ArmReservation")))))
        .put("ArmPrice", obj("properties", obj("billingCurrencyTotal", ARM_PRICE, "grandTotal", N, "reservationOrderId", S,
            "skuTitle", S, "paymentSchedule", array(obj("dueDate", S, "pricingCurrencyTotal", ARM_PRICE)))))
        .put("ArmExchangeOperation", obj("id", S, "name", S, "status", S, "properties", obj("sessionId", S, "netPayable", ARM_PRICE,
            "refundsTotal", ARM_PRICE, "purchasesTotal", ARM_PRICE, "reservationsToPurchase", array(type("object")),
            "reservationsToExchange", array(obj("reservationId", S, "quantity", I, "billingRefundAmount", ARM_PRICE)))))
        .put("ArmCatalogList", obj("value", array(obj("resourceType", S, "name", S, "terms", array(S), "locations", array(S),
            "billingPlans", type("object"), "msrp", type("object"))), "totalItems", I))
        .put("ArmAppliedReservations", obj("id", S, "name", S, "type", S, "properties", obj("reservationOrderIds", obj("value", array(S)))))
        .put("ArmSavingsPlan", obj("id", S, "name", S, "type", S, "sku", obj("name", S), "properties", obj("displayName", S,
            "provisioningState", S, "billingScopeId", S, "term", S, "billingPlan", S, "appliedScopeType", S,
            "commitment", obj("grain", S, "currencyCode", S, "amount", N), "expiryDateTime", S, "renew", B)))
        .put("ArmSavingsPlanList", optional(obj("value", array(ref("ArmSavingsPlan"))), "nextLink", S))
        .put("ArmSavingsPlanOrder", obj("id", S, "name", S, "type", S, "sku", obj("name", S), "properties", obj("displayName", S,
            "provisioningState", S, "billingScopeId", S, "term", S, "billingPlan", S, "savingsPlans", array(S))))
        .put("ArmSavingsPlanOrderList", optional(obj("value", array(ref("ArmSavingsPlanOrder"))), "nextLink", S))
        .put("ArmValidation", obj("benefits", array(optional(optional(obj("valid", B), "reasonCode", S), "reason", S))))
        .put("ArmSavingsPlanAlias", obj("id", S, "name", S, "type", S, "sku", obj("name", S), "properties", obj("savingsPlanOrderId", S,
            "provisioningState", S, "billingScopeId", S, "term", S, "appliedScopeType", S, "commitment", obj("grain", S, "currencyCode", S,
                "amount", N))))
        .put("ArmAvailableScopes", obj("properties", obj("scopes", array(obj("scope", nullable("string"), "valid", B)))))
        .put("ArmReservationOrderList", optional(obj("value", array(ref("ArmReservationOrder"))), "nextLink", S))
        .put("ArmRefund", obj("id", S, "properties", obj("sessionId", S, "quantity", I, "billingRefundAmount", ARM_PRICE,
            "pricingRefundAmount", ARM_PRICE, "policyResult", obj("properties", obj("consumedRefundsTotal", ARM_PRICE, "maxRefundLimit", ARM_PRICE,
                "policyErrors", array(obj("code", S, "message", S)))))))
        .put("Health", obj("status", S));
  }

  private static final Map<String, JsonObject> BY_OPERATION = Map.ofEntries(
      Map.entry("listProducts", collection("Product")),
      Map.entry("getProduct", ref("Product")),
      Map.entry("listSkus", collection("Sku")),
      Map.entry("getSku", ref("Sku")),
      Map.entry("listAvailabilities", collection("Availability")),
      Map.entry("searchReservedInstances", collection("ReservedInstance")),
      Map.entry("listRegions", collection("Region")),
      Map.entry("listPriceLists", collection("PriceList")),
      Map.entry("createPriceList", ref("PriceList")),
      Map.entry("getPriceList", ref("PriceList")),
      Map.entry("updatePriceList", ref("PriceList")),
      Map.entry("listPriceListRevisions", collection("PriceListRevision")),
      Map.entry("assignPriceList", ref("PriceList")),
      Map.entry("unassignPriceList", ref("PriceList")),
      Map.entry("previewPriceList", ref("PriceListPreview")),
      Map.entry("checkInventory", ref("InventoryResult")),
      Map.entry("listRelationships", collection("Relationship")),
      Map.entry("getOrganizationProfile", ref("OrganizationProfile")),
      Map.entry("createCustomer", ref("Customer")),
      Map.entry("listCustomers", collection("Customer")),
      Map.entry("getCustomer", ref("Customer")),
      Map.entry("createSubscription", ref("Subscription")),
      Map.entry("listSubscriptions", collection("Subscription")),
      Map.entry("getSubscription", ref("Subscription")),
      Map.entry("updateSubscription", ref("Subscription")),
      Map.entry("registerSubscription", ref("RegistrationStatus")),
      Map.entry("getRegistrationStatus", ref("RegistrationStatus")),
      Map.entry("listAgentAccess", collection("AgentAccess")),
      Map.entry("getAgentAccess", ref("AgentAccess")),
      Map.entry("putAgentAccess", ref("AgentAccess")),
      Map.entry("createCart", ref("Cart")),
      Map.entry("getCart", ref("Cart")),
      Map.entry("updateCart", ref("Cart")),
      Map.entry("checkout", ref("Checkout")),
      Map.entry("listOrders", collection("Order")),
      Map.entry("getOrder", ref("Order")),
      Map.entry("createOrder", ref("Order")),
      Map.entry("getOrderProvisioningStatus", collection("LineItemProvisioningStatus")),
      Map.entry("getReservedInstanceArtifact", ref("ReservedInstanceArtifactDetails")),
      Map.entry("listEntitlements", collection("Entitlement")),
      Map.entry("armListAllReservations", ref("ArmReservationList")),
      Map.entry("armListReservationOrders", ref("ArmReservationOrderList")),
      Map.entry("armGetReservationOrder", ref("ArmReservationOrder")),
      Map.entry("armListReservations", ref("ArmReservationList")),
      Map.entry("armGetReservation", ref("ArmReservation")),
      Map.entry("armUpdateReservation", ref("ArmReservation")),
      Map.entry("armListRevisions", ref("ArmReservationList")),
      Map.entry("armSplitReservation", array(ref("ArmReservation"))),
      Map.entry("armMergeReservations", array(ref("ArmReservation"))),
      Map.entry("armSplitMergeResult", array(ref("ArmReservation"))),
      Map.entry("armCalculateRefund", ref("ArmRefund")),
      Map.entry("armReturn", ref("ArmReservationOrder")),
      Map.entry("armCalculatePrice", ref("ArmPrice")),
      Map.entry("armAvailableScopes", ref("ArmAvailableScopes")),
      Map.entry("armArchiveReservation", type("object")),
      Map.entry("armUnarchiveReservation", type("object")),
      Map.entry("armPurchaseSavingsPlan", ref("ArmSavingsPlanAlias")),
      Map.entry("armGetSavingsPlanAlias", ref("ArmSavingsPlanAlias")),
      Map.entry("armValidateSavingsPlanPurchase", ref("ArmValidation")),
      Map.entry("armListAllSavingsPlans", ref("ArmSavingsPlanList")),
      Map.entry("armListSavingsPlanOrders", ref("ArmSavingsPlanOrderList")),
      Map.entry("armGetSavingsPlanOrder", ref("ArmSavingsPlanOrder")),
      Map.entry("armListSavingsPlans", ref("ArmSavingsPlanList")),
      Map.entry("armGetSavingsPlan", ref("ArmSavingsPlan")),
      Map.entry("armUpdateSavingsPlan", ref("ArmSavingsPlan")),
      Map.entry("armValidateSavingsPlanUpdate", ref("ArmValidation")),
      Map.entry("armPurchase", ref("ArmReservationOrder")),
      Map.entry("armCalculateExchange", ref("ArmExchangeOperation")),
      Map.entry("armCalculateExchangeResult", ref("ArmExchangeOperation")),
      Map.entry("armExchange", ref("ArmExchangeOperation")),
      Map.entry("armExchangeResult", ref("ArmExchangeOperation")),
      Map.entry("armCatalog", ref("ArmCatalogList")),
      Map.entry("armAppliedReservations", ref("ArmAppliedReservations")),
      Map.entry("listReservations", collection("Reservation")),
      Map.entry("listPartnerReservations", collection("PartnerReservation")),
      Map.entry("listPartnerOrders", collection("Order")),
      Map.entry("getReservation", ref("Reservation")),
      Map.entry("configureReservation", ref("Reservation")),
      Map.entry("listRevisions", collection("Revision")),
      Map.entry("listRoleAssignments", collection("RoleAssignment")),
      Map.entry("getRoleAssignment", ref("RoleAssignment")),
      Map.entry("putRoleAssignment", ref("RoleAssignment")),
      Map.entry("getUtilization", collection("UtilizationDay")),
      Map.entry("calculateRefund", ref("RefundQuote")),
      Map.entry("getRefundLimit", ref("RefundLimit")),
      Map.entry("listEvents", collection("Event")),
      Map.entry("createWebhook", ref("Webhook")),
      Map.entry("listWebhooks", collection("Webhook")),
      Map.entry("getWebhook", ref("Webhook")),
      Map.entry("listWebhookDeliveries", collection("WebhookDelivery")),
      Map.entry("pingWebhook", ref("WebhookPing")),
      Map.entry("updateWebhook", ref("Webhook")),
      Map.entry("rotateWebhookSecret", ref("Webhook")),
      Map.entry("retryWebhookDelivery", ref("WebhookRetry")),
      Map.entry("createAlertRule", ref("AlertRule")),
      Map.entry("listAlertRules", collection("AlertRule")),
      Map.entry("getAlertRule", ref("AlertRule")),
      Map.entry("splitReservation", collection("Reservation")),
      Map.entry("mergeReservations", ref("Reservation")),
      Map.entry("returnReservation", ref("ReturnResult")),
      Map.entry("listSavingsPlans", collection("SavingsPlan")),
      Map.entry("getSavingsPlan", ref("SavingsPlan")),
      Map.entry("getSavingsPlanUtilization", collection("SavingsPlanUtilizationDay")),
      Map.entry("updateSavingsPlan", ref("SavingsPlan")),
      Map.entry("calculateTradeIn", ref("TradeInQuote")),
      Map.entry("cancelSavingsPlan", ref("Error")),
      Map.entry("returnSavingsPlan", ref("Error")),
      Map.entry("exchangeSavingsPlan", ref("Error")),
      Map.entry("tradeIn", ref("TradeInResult")),
      Map.entry("calculateExchange", ref("ExchangeQuote")),
      Map.entry("exchange", ref("ExchangeResult")),
      Map.entry("ingestUsage", ref("UsageReceipt")),
      Map.entry("getRecommendations", collection("Recommendation")),
      Map.entry("getSavingsPlanRecommendations", collection("SavingsPlanRecommendation")),
      Map.entry("getBenefitComparison", ref("BenefitComparison")),
      Map.entry("fileSupportRequest", ref("SupportRequestView")),
      Map.entry("listSupportRequests", collection("SupportRequestView")),
      Map.entry("listPartnerSupportRequests", collection("SupportRequestView")),
      Map.entry("addPartnerNote", ref("SupportRequestView")),
      Map.entry("getSupportRequest", ref("SupportRequestView")),
      Map.entry("supportQueue", collection("SupportRequestView")),
      Map.entry("getSupportRequestForAgent", ref("SupportRequestForAgent")),
      Map.entry("assignSupportRequest", ref("SupportRequestView")),
      Map.entry("notesSupportRequest", ref("SupportRequestView")),
      Map.entry("approveSupportRequest", ref("SupportRequestView")),
      Map.entry("rejectSupportRequest", ref("SupportRequestView")),
      Map.entry("closeSupportRequest", ref("SupportRequestView")),
      Map.entry("listInvoices", collection("Invoice")),
      Map.entry("getInvoice", ref("Invoice")),
      Map.entry("listInvoiceLineItems", collection("InvoiceLineItem")),
      Map.entry("listStatements", collection("StatementSummary")),
      Map.entry("getStatement", ref("Statement")),
      Map.entry("getMarginReport", ref("MarginReport")),
      Map.entry("onboardPartner", ref("Partner")),
      Map.entry("listPartners", collection("Partner")),
      Map.entry("linkReseller", ref("ResellerLink")),
      Map.entry("loadPriceSheet", ref("PriceSheetLoad")),
      Map.entry("openPriceLoad", ref("PriceLoad")),
      Map.entry("getPriceLoad", ref("PriceLoad")),
      Map.entry("listPriceLoads", collection("PriceLoad")),
      Map.entry("addPriceLoadPage", ref("PriceLoad")),
      Map.entry("commitPriceLoad", ref("PriceSheetLoad")),
      Map.entry("abandonPriceLoad", ref("PriceLoad")),
      Map.entry("runRenewals", ref("Renewals")),
      Map.entry("readClock", ref("ClockReading")),
      Map.entry("moveClock", ref("ClockReading")),
      Map.entry("health", ref("Health")),
      Map.entry("liveness", ref("Health")),
      Map.entry("readiness", ref("Health")));

  /** The schema of an operation's success body, or null where it has none to describe (CSV, metrics, this document, 204). */
  static JsonObject of(String operationId) {
    return BY_OPERATION.get(operationId);
  }
}
