package dev.rvi.gateway;

import dev.rvi.domain.paging.ListSorts;
import dev.rvi.domain.paging.SortOrder;
import dev.rvi.gateway.http.ArmErrors;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the HTTP API, served at {@code /v1/openapi.json} and parsed by
 * vertx-openapi as a contract when the gateway starts. Query and path parameters are described
 * precisely (enums, ranges, patterns) and every request is checked against them ({@code ContractCheck})
 * before any service sees it, and so is every JSON body, its keys taken in any case as Partner Center
 * takes them. A test keeps this document and the router in step.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  /**
   * One operation: method, path in the router's {@code :param} form, id, summary, who may call it, the
   * status of its success, its query parameters, and the name of its body's schema.
   */
  public record Op(String method, String path, String operationId, String summary, Set<String> roles, int status,
      List<JsonObject> query, String body) {
    /** The success body's content type. */
    public String produces() {
      return switch (operationId) {
        case "getReconciliation", "getStatementCsv" -> "text/csv; charset=utf-8";
        case "metrics" -> "text/plain; version=0.0.4";
        default -> "application/json; charset=utf-8";
      };
    }
  }

  private static JsonObject q(String name, JsonObject schema, boolean required, String description) {
    return new JsonObject().put("name", name).put("in", "query").put("required", required).put("description", description)
        .put("schema", schema);
  }

  private static JsonObject str() {
    return new JsonObject().put("type", "string");
  }

  private static JsonObject pattern(String regex, int max) {
    return str().put("pattern", regex).put("maxLength", max);
  }

  private static JsonObject oneOf(String... values) {
    return str().put("enum", new JsonArray(List.of((Object[]) values)));
  }

  private static JsonObject integer(int min, int max) {
    return new JsonObject().put("type", "integer").put("minimum", min).put("maximum", max);
  }

  /** The creating operations that take an {@code Idempotency-Key}. */
  private static final Set<String> IDEMPOTENT = Set.of("createCustomer", "createSubscription", "createCart", "checkout", "createOrder");

  private static final JsonObject COUNTRY = q("country", pattern("^[A-Za-z]{2}$", 2), true, "the customer's market, ISO 3166 two letters");
  private static final JsonObject SIZE = q("size", integer(1, 1000), false, "page size");
  private static final JsonObject TOKEN = q("continuationToken", pattern("^[A-Za-z0-9_-]{1,64}$", 64), false, "from links.next.uri");
  /** A list's text filter: rows containing it (ignoring case), across all pages. */
  private static JsonObject text(String what) {
    return q("q", str().put("maxLength", ListSorts.MAX_TEXT), false, "rows whose " + what + " contain this text, ignoring case");
  }

  /** A list's order: one of its fields, '-' before it for descending; ties in id order, so pages do not overlap. */
  private static JsonObject sort(List<String> fields) {
    return q("sort", oneOf(SortOrder.spellings(fields).toArray(String[]::new)), false, "order: " + String.join(", ", fields)
        + ", '-' before one for descending");
  }
  /** A utilization's grain and window: dates for daily, whole hours (or dates) for hourly, to exclusive, at most 7 days. */
  private static List<JsonObject> utilizationWindow() {
    return List.of(q("grain", oneOf("daily", "Daily", "hourly", "Hourly"), false,
          "daily (the default) or hourly"),
      q("from", str(), false, "first day (daily: a date); first hour (hourly: a whole hour such as 2027-01-31T05:00:00Z, or a date)"),
      q("to", str(), false, "last day (daily, inclusive); hourly: the hour after the last (exclusive); the last 24 whole hours by default"));
  }

  private static final JsonObject CUSTOMER_FILTER = q("customerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "one customer's");
  private static final JsonObject RESELLER_FILTER = q("resellerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false,
      "those sold through this indirect reseller (its tenant id)");
  private static final String MOMENT = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]{2,18}(Z|[+-][0-9]{2}:[0-9]{2}))?$";

  public static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    String c = "/v1/customers/:customerId";
    String sub = c + "/subscriptions/:subscriptionId";
    String res = c + "/reservationOrders/:reservationOrderId/reservations/:reservationId";
    ops.add(new Op("GET", "/v1/products", "listProducts", "Products, one per VM series (and the savings plan for compute in view Azure)",
        Callers.EVERYONE, 200, List.of(COUNTRY, q("targetView", oneOf("AzureReservationsVM", "AzureReservations", "Azure"), false,
            "catalog view: the VM reservations (the default), or every Azure item")), null));
    ops.add(new Op("GET", "/v1/products/:productId", "getProduct", "A product", Callers.EVERYONE, 200, List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus", "listSkus", "SKUs of a product (size, region, term)", Callers.EVERYONE, 200, List.of(COUNTRY, SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus/:skuId", "getSku", "A SKU", Callers.EVERYONE, 200, List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus/:skuId/availabilities", "listAvailabilities", "Availabilities of a SKU", Callers.EVERYONE, 200, List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/reservedInstances", "searchReservedInstances", "The filterable reserved-instance list", Callers.EVERYONE, 200, List.of(COUNTRY,
        q("armRegionName", pattern("^[A-Za-z0-9]{2,40}(,[A-Za-z0-9]{2,40})*$", 2000), false, "regions, comma separated"),
        q("series", pattern("^[A-Za-z0-9 _,-]{1,2000}$", 2000), false, "flexibility groups"),
        q("armSkuName", pattern("^[A-Za-z0-9_,-]{1,2000}$", 2000), false, "VM sizes"),
        q("term", oneOf("P1Y", "P3Y", "1Year", "3Years", "3Year"), false, "term"),
        q("minCores", integer(1, 1024), false, "at least this many vCPUs"),
        q("maxCores", integer(1, 1024), false, "at most this many vCPUs"),
        q("q", str().put("maxLength", 100), false, "text in size, series or region"),
        q("sort", oneOf("name", "price", "-price", "savings", "cores", "region"), false, "order"),
        q("priceView", oneOf("partner", "customer"), false, "partner (the default): the caller's cost and its price to the next tier; "
            + "customer: only the customer's price"),
        q("resellerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "an indirect provider's reseller whose prices to show"),
        q("customerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "the customer whose prices to show"),
        q("providerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "a reseller's provider, when it has several"), SIZE, TOKEN), null));
    String priceList = "/v1/priceLists/:priceListId";
    ops.add(new Op("GET", "/v1/priceLists", "listPriceLists", "The partner's price lists for the tier below it", Callers.BUYERS, 200,
        List.of(SIZE, TOKEN), null));
    ops.add(new Op("POST", "/v1/priceLists", "createPriceList", "A new price list (markups, discounts, fixed prices)", Callers.ADMIN_AGENTS, 201,
        List.of(), "PriceListRequest"));
    ops.add(new Op("POST", "/v1/priceLists/preview", "previewPriceList", "What a draft list does to the catalog: old and new prices, negative margins",
        Callers.ADMIN_AGENTS, 200, List.of(CUSTOMER_FILTER, q("resellerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false,
            "the reseller it would price (a provider's list)"), q("negativeOnly", oneOf("true", "false"), false, "only the items below cost"),
            q("changedOnly", oneOf("true", "false"), false, "only the items whose price would change"),
            SIZE, TOKEN), "PriceListRequest"));
    ops.add(new Op("GET", priceList, "getPriceList", "A price list and its assignments", Callers.BUYERS, 200, List.of(), null));
    ops.add(new Op("PUT", priceList, "updatePriceList", "Change a price list (a new version)", Callers.ADMIN_AGENTS, 200, List.of(),
        "PriceListRequest"));
    ops.add(new Op("GET", priceList + "/revisions", "listPriceListRevisions", "Every version of a price list: who changed what, and when",
        Callers.BUYERS, 200, List.of(), null));
    ops.add(new Op("POST", priceList + "/assignments", "assignPriceList", "Put the list in force for a reseller, a customer or by default",
        Callers.ADMIN_AGENTS, 201, List.of(), "PriceListAssignmentRequest"));
    ops.add(new Op("DELETE", priceList + "/assignments/:assignmentId", "unassignPriceList", "End an assignment", Callers.ADMIN_AGENTS, 200,
        List.of(), null));
    ops.add(new Op("GET", "/v1/regions", "listRegions", "The regions the market's catalog sells in, with their offers", Callers.EVERYONE, 200,
        List.of(COUNTRY), null));
    ops.add(new Op("POST", "/v1/extensions/product/checkInventory", "checkInventory", "Inventory restrictions", Callers.EVERYONE, 200, List.of(COUNTRY), "InventoryCheckRequest"));
    ops.add(new Op("GET", "/v1/events", "listEvents", "The caller's events, oldest first (order.completed, refund.completed, ...)",
        Callers.EVENT_READERS, 200, List.of(q("type", pattern("^[A-Za-z.]{1,60}$", 60), false, "event type"),
            q("customerId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "one customer's events"),
            q("after", pattern("^[0-9T:.+Z-]{10,40}$", 40), false, "only events after this moment (ISO-8601)"), SIZE, TOKEN), null));
    String webhook = "/v1/webhooks/:webhookId";
    ops.add(new Op("POST", "/v1/webhooks", "createWebhook", "Register a webhook endpoint (its secret is shown once)", Callers.WEBHOOK_OWNERS, 201,
        List.of(), "WebhookRequest"));
    ops.add(new Op("GET", "/v1/webhooks", "listWebhooks", "The partner's webhook endpoints", Callers.WEBHOOK_OWNERS, 200, List.of(), null));
    ops.add(new Op("GET", webhook, "getWebhook", "A webhook endpoint", Callers.WEBHOOK_OWNERS, 200, List.of(), null));
    ops.add(new Op("DELETE", webhook, "deleteWebhook", "Remove a webhook endpoint", Callers.WEBHOOK_OWNERS, 204, List.of(), null));
    ops.add(new Op("POST", webhook + "/ping", "pingWebhook", "Send a webhook.ping to the endpoint", Callers.WEBHOOK_OWNERS, 202, List.of(), null));
    ops.add(new Op("GET", webhook + "/deliveries", "listWebhookDeliveries", "The endpoint's deliveries: status, code, latency, attempts",
        Callers.WEBHOOK_OWNERS, 200, List.of(), null));
    ops.add(new Op("PATCH", webhook, "updateWebhook", "Change a webhook endpoint, or turn it off and on", Callers.WEBHOOK_OWNERS, 200, List.of(),
        "WebhookUpdateRequest"));
    ops.add(new Op("POST", webhook + "/rotateSecret", "rotateWebhookSecret", "A new secret (shown once); the old one signs too for 24 hours",
        Callers.WEBHOOK_OWNERS, 200, List.of(), null));
    ops.add(new Op("POST", webhook + "/deliveries/:deliveryId/retry", "retryWebhookDelivery", "Send a delivery again", Callers.WEBHOOK_OWNERS, 202,
        List.of(), null));
    String rule = "/v1/alertRules/:alertRuleId";
    ops.add(new Op("POST", "/v1/alertRules", "createAlertRule", "Alert when a reservation's utilization is low", Callers.ADMIN_AGENTS, 201,
        List.of(), "AlertRuleRequest"));
    ops.add(new Op("GET", "/v1/alertRules", "listAlertRules", "The partner's alert rules", Callers.ADMIN_AGENTS, 200, List.of(), null));
    ops.add(new Op("GET", rule, "getAlertRule", "An alert rule", Callers.ADMIN_AGENTS, 200, List.of(), null));
    ops.add(new Op("DELETE", rule, "deleteAlertRule", "Remove an alert rule", Callers.ADMIN_AGENTS, 204, List.of(), null));
    ops.add(new Op("GET", "/v1/profiles/organization", "getOrganizationProfile", "The caller's partner: its name, MPN id and tenant",
        Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/relationships", "listRelationships", "Indirect resellers of a provider (or providers of a reseller)", Callers.PARTNER_STAFF, 200,
        List.of(q("relationship_type", oneOf("IsIndirectCloudSolutionProviderOf", "IsIndirectResellerOf"), false, "relationship")), null));
    ops.add(new Op("POST", "/v1/customers", "createCustomer", "Add a customer", Callers.BUYERS, 201, List.of(), "CustomerRequest"));
    ops.add(new Op("GET", "/v1/customers", "listCustomers", "The partner's customers", Callers.PARTNER_STAFF, 200, List.of(
        sort(ListSorts.CUSTOMERS), text("name, domain or id"), SIZE, TOKEN), null));
    ops.add(new Op("GET", c, "getCustomer", "A customer", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("POST", c + "/subscriptions", "createSubscription", "Add an Azure subscription", Callers.BUYERS, 201, List.of(), "SubscriptionRequest"));
    ops.add(new Op("GET", c + "/subscriptions", "listSubscriptions", "A customer's subscriptions: its Azure subscriptions, then its savings plans (unit type Benefit)", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", sub, "getSubscription", "A subscription, or a savings plan's (unit type Benefit)", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("PATCH", sub, "updateSubscription", "Suspend, reactivate, delete or rename", Callers.ADMIN_AGENTS, 200, List.of(), "SubscriptionUpdateRequest"));
    ops.add(new Op("POST", sub + "/registrations", "registerSubscription", "Register for reserved-instance purchase", Callers.BUYERS, 202, List.of(), null));
    ops.add(new Op("GET", sub + "/registrationstatus", "getRegistrationStatus", "Registration status", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", sub + "/agentAccess", "listAgentAccess", "Who has explicit access to a subscription", Callers.ADMIN_AGENTS, 200, List.of(), null));
    for (String m : List.of("GET", "PUT", "DELETE")) {
      ops.add(new Op(m, sub + "/agentAccess/:userId", m.toLowerCase() + "AgentAccess", "Explicit agent access to a subscription", Callers.ADMIN_AGENTS, m.equals("DELETE") ? 204 : 200, List.of(), null));
    }
    ops.add(new Op("POST", c + "/carts", "createCart", "Create a cart", Callers.BUYERS, 201, List.of(), "CartRequest"));
    ops.add(new Op("GET", c + "/carts/:cartId", "getCart", "A cart", Callers.BUYERS, 200, List.of(), null));
    ops.add(new Op("PUT", c + "/carts/:cartId", "updateCart", "Review: change quantities, scopes, subscriptions", Callers.BUYERS, 200, List.of(), "CartRequest"));
    ops.add(new Op("POST", c + "/carts/:cartId/checkout", "checkout", "Buy", Callers.BUYERS, 201, List.of(), null));
    ops.add(new Op("GET", c + "/orders", "listOrders", "Order history", Callers.PARTNER_STAFF, 200, List.of(q("billingType", oneOf("onetime", "one_time", "OneTime"), false,
        "billing type"), SIZE, TOKEN), null));
    ops.add(new Op("POST", c + "/orders", "createOrder", "Buy from line items, without a cart", Callers.BUYERS, 201, List.of(), "OrderRequest"));
    ops.add(new Op("GET", c + "/orders/:orderId", "getOrder", "An order", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", c + "/orders/:orderId/provisioningstatus", "getOrderProvisioningStatus", "Provisioning status of an order's lines",
        Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", c + "/orders/:orderId/lineItems/:lineItemNumber/reservedInstanceArtifact/:reservationOrderId",
        "getReservedInstanceArtifact", "An entitlement's reserved-instance artifact: its reservations", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", c + "/entitlements", "listEntitlements", "What was bought", Callers.PARTNER_STAFF, 200, List.of(q("entitlementType",
        oneOf("reservedInstance", "reservedinstance", "ReservedInstance", "savingsPlan", "savingsplan", "SavingsPlan"), false,
        "entitlement type"), SIZE, TOKEN), null));
    ops.add(new Op("GET", c + "/reservations", "listReservations", "A customer's reservations", Callers.PARTNER_STAFF, 200, List.of(
        q("reservationOrderId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "one reservation order"), sort(ListSorts.RESERVATIONS),
        text("name, size, region or id"), SIZE, TOKEN), null));
    ops.add(new Op("GET", res, "getReservation", "Overview and properties", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("PATCH", res, "configureReservation", "Configure: scope, subscription, renewal", Callers.MANAGERS, 200, List.of(), "ReservationUpdateRequest"));
    ops.add(new Op("GET", res + "/revisions", "listRevisions", "Every configuration change", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", res + "/roleAssignments", "listRoleAssignments", "Access control (IAM)", Callers.PARTNER_STAFF, 200, List.of(), null));
    for (String m : List.of("GET", "PUT", "DELETE")) {
      ops.add(new Op(m, res + "/roleAssignments/:userId", m.toLowerCase() + "RoleAssignment", "A role on the reservation", m.equals("GET") ? Callers.PARTNER_STAFF : Callers.MANAGERS, m.equals("DELETE") ? 204 : 200, List.of(),
          m.equals("PUT") ? "RoleAssignmentRequest" : null));
    }
    ops.add(new Op("GET", res + "/utilization", "getUtilization", "Daily or hourly utilization", Callers.PARTNER_STAFF, 200, utilizationWindow(),
        null));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/split", "splitReservation",
        "Split a reservation into several whose quantities sum to its own", Callers.MANAGERS, 200, List.of(), "SplitRequest"));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/merge", "mergeReservations",
        "Merge reservations of this order with the same properties into one", Callers.MANAGERS, 200, List.of(), "MergeRequest"));
    ops.add(new Op("GET", c + "/refundLimit", "getRefundLimit", "The customer's refund limit: cap, counted, remaining, releases",
        Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/calculateRefund", "calculateRefund", "Quote a refund", Callers.MANAGERS, 200, List.of(), "RefundQuoteRequest"));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/return", "returnReservation", "Cancel with the quote's session", Callers.MANAGERS, 200, List.of(), "ReturnRequest"));
    String plan = c + "/savingsPlans/:savingsPlanId";
    ops.add(new Op("GET", c + "/savingsPlans", "listSavingsPlans", "A customer's savings plans", Callers.PARTNER_STAFF, 200, List.of(SIZE), null));
    ops.add(new Op("GET", plan, "getSavingsPlan", "A savings plan", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", plan + "/utilization", "getSavingsPlanUtilization", "A savings plan's daily or hourly utilization",
        Callers.PARTNER_STAFF, 200, utilizationWindow(), null));
    ops.add(new Op("PATCH", plan, "updateSavingsPlan", "Rename, change scope, turn auto-renew on or off", Callers.MANAGERS, 200, List.of(),
        "SavingsPlanUpdateRequest"));
    ops.add(new Op("POST", plan + "/cancel", "cancelSavingsPlan", "Refused: savings plan purchases are final", Callers.MANAGERS, 400,
        List.of(), null));
    ops.add(new Op("POST", plan + "/return", "returnSavingsPlan", "Refused: a savings plan cannot be refunded", Callers.MANAGERS, 400,
        List.of(), null));
    ops.add(new Op("POST", plan + "/exchange", "exchangeSavingsPlan", "Refused: a savings plan cannot be exchanged", Callers.MANAGERS, 400,
        List.of(), null));
    ops.add(new Op("POST", c + "/calculateTradeIn", "calculateTradeIn", "Quote a trade-in of VM reservations for a savings plan",
        Callers.MANAGERS, 200, List.of(), "TradeInQuoteRequest"));
    ops.add(new Op("POST", c + "/tradeIn", "tradeIn", "Trade in with the quote's session", Callers.MANAGERS, 200, List.of(), "TradeInRequest"));
    ops.add(new Op("POST", c + "/calculateExchange", "calculateExchange", "Quote an exchange", Callers.MANAGERS, 200, List.of(), "ExchangeQuoteRequest"));
    ops.add(new Op("POST", c + "/exchange", "exchange", "Exchange with the quote's session", Callers.MANAGERS, 200, List.of(), "ExchangeRequest"));
    ops.add(new Op("POST", sub + "/usage", "ingestUsage", "Hourly VM usage, in bulk", Callers.BUYERS, 200, List.of(), "UsageRequest"));
    List<JsonObject> advice = List.of(q("scope", oneOf("Shared", "Single", "shared", "single"), false, "scope"),
        q("lookBackPeriod", oneOf("Last7Days", "Last30Days", "Last60Days"), false, "look-back"),
        q("term", oneOf("P1Y", "P3Y", "1Year", "3Years", "3Year"), false, "term"));
    ops.add(new Op("GET", c + "/reservationRecommendations", "getRecommendations", "What to buy", Callers.PARTNER_STAFF, 200, advice, null));
    ops.add(new Op("GET", c + "/savingsPlanRecommendations", "getSavingsPlanRecommendations",
        "What hourly commitment of a savings plan to buy, from the usage reservations leave", Callers.PARTNER_STAFF, 200, advice, null));
    ops.add(new Op("GET", c + "/benefitComparison", "getBenefitComparison",
        "The advised reservations, the advised savings plan and both, side by side", Callers.PARTNER_STAFF, 200, advice.subList(1, 3), null));
    ops.add(new Op("POST", c + "/supportRequests", "fileSupportRequest", "File a refund, exchange or trade-in request", Callers.MANAGERS, 201, List.of(), "SupportRequestFiling"));
    ops.add(new Op("GET", c + "/supportRequests", "listSupportRequests", "The partner's view", Callers.PARTNER_STAFF, 200, List.of(q("status",
        oneOf("new", "inProgress", "approved", "completed", "rejected", "closed"), false, "state"), SIZE, TOKEN), null));
    ops.add(new Op("POST", c + "/supportRequests/:supportRequestId/notes", "addPartnerNote", "Add a note the support agents and the partner see",
        Callers.MANAGERS, 200, List.of(), "PartnerNoteRequest"));
    ops.add(new Op("GET", "/v1/partnerSupportRequests", "listPartnerSupportRequests", "The partner's support requests across its customers",
        Callers.ADMIN_AGENTS, 200, List.of(CUSTOMER_FILTER, q("status", oneOf("new", "inProgress", "approved", "completed", "rejected", "closed"), false,
            "state"), SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/reservations", "listPartnerReservations", "The partner's reservations across its customers", Callers.PARTNER_STAFF, 200,
        List.of(CUSTOMER_FILTER, RESELLER_FILTER, q("state", oneOf("Succeeded", "Expiring", "Expired", "Cancelled", "Exchanged", "Split", "Merged",
            "TradedIn"), false, "state as the overview shows it"),
            q("expiresAfter", pattern(MOMENT, 40), false, "expiring at or after this date or moment (ISO-8601, UTC)"),
            q("expiresBefore", pattern(MOMENT, 40), false, "expiring before this date or moment (ISO-8601, UTC)"),
            sort(ListSorts.RESERVATIONS), text("name, size, region or id"), SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/orders", "listPartnerOrders", "The partner's orders across its customers", Callers.PARTNER_STAFF, 200,
        List.of(CUSTOMER_FILTER, RESELLER_FILTER, q("status", oneOf("pending", "completed", "cancelled"), false, "order status"), SIZE, TOKEN), null));
    ops.add(new Op("GET", c + "/supportRequests/:supportRequestId", "getSupportRequest", "A request with its history", Callers.PARTNER_STAFF, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/supportRequests", "supportQueue", "Support agents' queue", Callers.SUPPORT_AGENTS, 200, List.of(
        q("status", oneOf("new", "inProgress", "approved", "completed", "rejected", "closed"), false, "state"),
        q("partner", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "partner tenant"),
        q("olderThanHours", integer(0, 87600), false, "age"),
        sort(ListSorts.SUPPORT_QUEUE), text("request, reservation, partner or customer id, or partner or customer name"), SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/supportRequests/:supportRequestId", "getSupportRequestForAgent",
        "A request, with internal notes and, while it awaits approval, its current quote (quote, or quoteAbsent saying why not)",
        Callers.SUPPORT_AGENTS, 200, List.of(), null));
    for (String step : List.of("assign", "notes", "approve", "reject", "close")) {
      ops.add(new Op("POST", "/v1/supportRequests/:supportRequestId/" + step, step + "SupportRequest", "Work the request: " + step, Callers.SUPPORT_AGENTS, 200, List.of(),
          "SupportAgentActionRequest"));
    }
    List<JsonObject> provider = List.of(q("provider", oneOf("onetime", "one_time", "OneTime"), false, "invoice provider"));
    ops.add(new Op("GET", "/v1/invoices", "listInvoices", "One-time invoices", Callers.BILLING, 200, provider, null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId", "getInvoice", "An invoice", Callers.BILLING, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId/lineitems", "listInvoiceLineItems", "Its lines", Callers.BILLING, 200,
        List.of(provider.get(0), sort(ListSorts.INVOICE_LINES), text("customer (name or id) or product (name, size or id)"), SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId/reconciliation", "getReconciliation", "Reconciliation CSV", Callers.BILLING, 200, List.of(), null));
    JsonObject month = pattern("^[0-9]{4}-[0-9]{2}$", 7);
    ops.add(new Op("GET", "/v1/statements", "listStatements", "A month's statements between tiers: issued to resellers or customers, received "
        + "from a provider", Callers.BILLING, 200, List.of(q("month", month, true, "the month, yyyy-MM (UTC)"),
        q("side", oneOf("issued", "received"), false, "only those the partner issued, or only those it received")), null));
    ops.add(new Op("GET", "/v1/statements/:statementId", "getStatement", "A statement and its lines", Callers.BILLING, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/statements/:statementId/csv", "getStatementCsv", "A statement's lines as CSV", Callers.BILLING, 200, List.of(),
        null));
    ops.add(new Op("GET", "/v1/margins", "getMarginReport", "Revenue, cost and margin of sales to the tier below, by reseller, customer, month, "
        + "product kind and series", Callers.BILLING, 200, List.of(q("from", month, true, "the first month, yyyy-MM"),
        q("to", month, true, "the last month, yyyy-MM")), null));
    ops.add(new Op("POST", "/v1/admin/partners", "onboardPartner", "Onboard a partner", Callers.OPERATORS, 201, List.of(), "PartnerRequest"));
    ops.add(new Op("GET", "/v1/admin/partners", "listPartners", "Partners (support agents read them to pick one by name)", Callers.OPERATOR_STAFF,
        200, List.of(), null));
    ops.add(new Op("PUT", "/v1/admin/partners/:providerId/resellers/:resellerId", "linkReseller", "Link a reseller to a provider", Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("POST", "/v1/admin/priceSheets", "loadPriceSheet", "Load a price sheet (Azure Retail Prices format), streamed", Callers.OPERATORS, 200,
        List.of(q("name", str().put("maxLength", 200), false, "a name for the record")), "PriceSheetRequest"));
    ops.add(new Op("POST", "/v1/admin/priceSheetLoads", "openPriceLoad", "Open a load of several price-sheet pages", Callers.OPERATORS, 201,
        List.of(q("name", str().put("maxLength", 200), false, "a name for the record")), null));
    ops.add(new Op("GET", "/v1/admin/priceSheetLoads", "listPriceLoads", "The latest loads, with their progress", Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/admin/priceSheetLoads/:loadId", "getPriceLoad", "A load's progress", Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("POST", "/v1/admin/priceSheetLoads/:loadId/pages", "addPriceLoadPage", "One page of the load (a file, or a Retail Prices page), streamed",
        Callers.OPERATORS, 200, List.of(), "PriceSheetRequest"));
    ops.add(new Op("POST", "/v1/admin/priceSheetLoads/:loadId/commit", "commitPriceLoad", "Put the load's prices in force, all at once",
        Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("DELETE", "/v1/admin/priceSheetLoads/:loadId", "abandonPriceLoad", "Give the load up: nothing of it is kept",
        Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("POST", "/v1/admin/renewals/run", "runRenewals", "Renew what is due now", Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/admin/clock", "readClock", "The test clock (only with --test-clock)", Callers.OPERATORS, 200, List.of(), null));
    ops.add(new Op("POST", "/v1/admin/clock", "moveClock", "Move the test clock forward (only with --test-clock)", Callers.OPERATORS, 200, List.of(), "ClockRequest"));
    armOperations(ops);
    ops.add(new Op("GET", "/health", "health", "Postgres and each service", Callers.ANYONE, 200, List.of(), null));
    ops.add(new Op("GET", "/health/live", "liveness", "The process answers", Callers.ANYONE, 200, List.of(), null));
    ops.add(new Op("GET", "/health/ready", "readiness", "Ready to serve", Callers.ANYONE, 200, List.of(), null));
    ops.add(new Op("GET", "/metrics", "metrics", "Prometheus metrics", Callers.ANYONE, 200, List.of(), null));
    ops.add(new Op("GET", "/v1/openapi.json", "openapi", "This document", Callers.ANYONE, 200, List.of(), null));
    return ops;
  }

  private static final JsonObject API_VERSION = q("api-version", str().put("maxLength", 20), true,
      "the resource provider's API version, as Azure's SDKs send it (Microsoft.Capacity: 2022-11-01)");

  /**
   * Azure Resource Manager's paths for Microsoft.Capacity, as Azure's SDKs call them: the same operations as the
   * {@code /v1} routes, with the same roles; the customer is found from the reservation order.
   */
  private static void armOperations(List<Op> ops) {
    String capacity = "/providers/Microsoft.Capacity";
    String order = capacity + "/reservationOrders/:reservationOrderId";
    String reservation = order + "/reservations/:reservationId";
    List<JsonObject> listing = List.of(API_VERSION, q("$filter", str().put("maxLength", 500), false,
            "clauses joined by and: properties/displayProvisioningState eq '...', properties/provisioningState eq '...', properties/archived eq false"),
        q("$orderby", str().put("maxLength", 100), false, "one of the reservation's properties, asc or desc"),
        q("$skiptoken", pattern("^[0-9]{1,9}$", 9), false, "from nextLink"), q("skiptoken", pattern("^[0-9]{1,9}$", 9), false, "from nextLink"),
        q("take", integer(1, 1000), false, "page size"), q("selectedState", str().put("maxLength", 40), false, "one state"),
        q("refreshSummary", str().put("maxLength", 10), false, "true: the summary, how many reservations are in each state"));
    List<JsonObject> expand = List.of(API_VERSION, q("$expand", str().put("maxLength", 100), false, "schedule: the payment plan"));
    ops.add(new Op("GET", capacity + "/reservations", "armListAllReservations", "Azure: the partner's reservations across its customers",
        Callers.PARTNER_STAFF, 200, listing, null));
    ops.add(new Op("GET", capacity + "/reservationOrders", "armListReservationOrders", "Azure: the partner's reservation orders",
        Callers.PARTNER_STAFF, 200, List.of(API_VERSION, q("$skiptoken", pattern("^[0-9]{1,9}$", 9), false, "from nextLink"),
            q("skiptoken", pattern("^[0-9]{1,9}$", 9), false, "from nextLink")), null));
    ops.add(new Op("GET", order, "armGetReservationOrder", "Azure: a reservation order", Callers.PARTNER_STAFF, 200, expand, null));
    ops.add(new Op("GET", order + "/reservations", "armListReservations", "Azure: the reservations of an order", Callers.PARTNER_STAFF, 200,
        List.of(API_VERSION), null));
    ops.add(new Op("GET", reservation, "armGetReservation", "Azure: a reservation", Callers.PARTNER_STAFF, 200, expand, null));
    ops.add(new Op("PATCH", reservation, "armUpdateReservation", "Azure: change a reservation's name, scope, flexibility or renewal",
        Callers.MANAGERS, 202, List.of(API_VERSION), "ReservationUpdateRequest"));
    ops.add(new Op("POST", reservation + "/archive", "armArchiveReservation", "Azure: hide a reservation no longer in force from lists",
        Callers.MANAGERS, 200, List.of(API_VERSION), null));
    ops.add(new Op("POST", reservation + "/unarchive", "armUnarchiveReservation", "Azure: show an archived reservation again",
        Callers.MANAGERS, 200, List.of(API_VERSION), null));
    ops.add(new Op("POST", reservation + "/availableScopes", "armAvailableScopes", "Azure: which subscriptions the reservation could apply to",
        Callers.MANAGERS, 200, List.of(API_VERSION), "ArmAvailableScopeRequest"));
    ops.add(new Op("GET", reservation + "/revisions", "armListRevisions", "Azure: the reservation after each change, the purchase last",
        Callers.PARTNER_STAFF, 200, List.of(API_VERSION), null));
    ops.add(new Op("POST", order + "/split", "armSplitReservation", "Azure: split a reservation", Callers.MANAGERS, 202, List.of(API_VERSION),
        "SplitRequest"));
    ops.add(new Op("POST", order + "/merge", "armMergeReservations", "Azure: merge reservations", Callers.MANAGERS, 202, List.of(API_VERSION),
        "MergeRequest"));
    ops.add(new Op("GET", order + "/operationResults/:operationId", "armSplitMergeResult", "Azure: a split's or merge's reservations",
        Callers.PARTNER_STAFF, 200, List.of(API_VERSION), null));
    ops.add(new Op("POST", order + "/calculateRefund", "armCalculateRefund", "Azure: quote a refund", Callers.MANAGERS, 200,
        List.of(API_VERSION), "RefundQuoteRequest"));
    ops.add(new Op("POST", order + "/return", "armReturn", "Azure: return a reservation with the quote's session", Callers.MANAGERS, 202,
        List.of(API_VERSION), "ReturnRequest"));
    ops.add(new Op("POST", capacity + "/calculatePrice", "armCalculatePrice", "Azure: the caller's price of a purchase, and its new order id",
        Callers.BUYERS, 200, List.of(API_VERSION), "ArmPurchaseRequest"));
    ops.add(new Op("PUT", order, "armPurchase", "Azure: buy a reservation into the order id calculatePrice gave", Callers.BUYERS, 202,
        List.of(API_VERSION), "ArmPurchaseRequest"));
    ops.add(new Op("POST", capacity + "/calculateExchange", "armCalculateExchange", "Azure: quote an exchange", Callers.MANAGERS, 202,
        List.of(API_VERSION), "ExchangeQuoteRequest"));
    ops.add(new Op("GET", capacity + "/calculateExchangeOperationResults/:sessionId", "armCalculateExchangeResult",
        "Azure: an exchange quote, by its session", Callers.MANAGERS, 200, List.of(API_VERSION), null));
    ops.add(new Op("POST", capacity + "/exchange", "armExchange", "Azure: exchange with the quote's session", Callers.MANAGERS, 202,
        List.of(API_VERSION), "ExchangeRequest"));
    ops.add(new Op("GET", capacity + "/exchangeOperationResults/:sessionId", "armExchangeResult", "Azure: an exchange carried out, by its session",
        Callers.MANAGERS, 200, List.of(API_VERSION), null));
    String subscription = "/subscriptions/:subscriptionId/providers/Microsoft.Capacity";
    ops.add(new Op("GET", subscription + "/catalogs", "armCatalog", "Azure: the reservations the subscription's market sells, at the caller's price",
        Callers.PARTNER_STAFF, 200, List.of(API_VERSION, q("reservedResourceType", str().put("maxLength", 40), false, "VirtualMachines"),
            q("location", str().put("maxLength", 40), false, "one region"), q("publisherId", str().put("maxLength", 100), false, "ignored"),
            q("offerId", str().put("maxLength", 100), false, "ignored"), q("planId", str().put("maxLength", 100), false, "ignored"),
            q("$filter", str().put("maxLength", 500), false, "ignored"), q("$skip", pattern("^[0-9]{1,9}$", 9), false, "where the page starts"),
            q("$take", pattern("^[0-9]{1,4}$", 4), false, "page size, at most 1000")), null));
    ops.add(new Op("GET", subscription + "/appliedReservations", "armAppliedReservations",
        "Azure: the orders of the reservations whose benefit reaches the subscription", Callers.PARTNER_STAFF, 200, List.of(API_VERSION), null));
    benefitOperations(ops, listing, expand);
  }

  /** Microsoft.BillingBenefits' savings plan orders and savings plans, as {@code @azure/arm-billingbenefits} calls them. */
  private static void benefitOperations(List<Op> ops, List<JsonObject> listing, List<JsonObject> expand) {
    String benefits = "/providers/Microsoft.BillingBenefits";
    String order = benefits + "/savingsPlanOrders/:savingsPlanOrderId";
    String plan = order + "/savingsPlans/:savingsPlanId";
    ops.add(new Op("GET", benefits + "/savingsPlans", "armListAllSavingsPlans", "Azure: the partner's savings plans across its customers",
        Callers.PARTNER_STAFF, 200, listing, null));
    ops.add(new Op("GET", benefits + "/savingsPlanOrders", "armListSavingsPlanOrders", "Azure: the partner's savings plan orders",
        Callers.PARTNER_STAFF, 200, listing, null));
    ops.add(new Op("GET", order, "armGetSavingsPlanOrder", "Azure: a savings plan order", Callers.PARTNER_STAFF, 200, expand, null));
    ops.add(new Op("GET", order + "/savingsPlans", "armListSavingsPlans", "Azure: the savings plans of an order", Callers.PARTNER_STAFF, 200,
        List.of(API_VERSION), null));
    ops.add(new Op("GET", plan, "armGetSavingsPlan", "Azure: a savings plan", Callers.PARTNER_STAFF, 200, expand, null));
    ops.add(new Op("PATCH", plan, "armUpdateSavingsPlan", "Azure: change a savings plan's name, scope or renewal", Callers.MANAGERS, 200,
        List.of(API_VERSION), "SavingsPlanUpdateRequest"));
    ops.add(new Op("POST", plan + "/validate", "armValidateSavingsPlanUpdate", "Azure: whether updates would be taken, changing nothing",
        Callers.MANAGERS, 200, List.of(API_VERSION), "ArmSavingsPlanValidateRequest"));
    String alias = benefits + "/savingsPlanOrderAliases/:savingsPlanOrderAliasName";
    ops.add(new Op("PUT", alias, "armPurchaseSavingsPlan", "Azure: buy a savings plan under an alias of the caller's", Callers.BUYERS, 201,
        List.of(API_VERSION), "ArmSavingsPlanPurchaseRequest"));
    ops.add(new Op("GET", alias, "armGetSavingsPlanAlias", "Azure: the savings plan bought under an alias", Callers.PARTNER_STAFF, 200,
        List.of(API_VERSION), null));
    ops.add(new Op("POST", benefits + "/validate", "armValidateSavingsPlanPurchase", "Azure: whether purchases would be taken, buying nothing",
        Callers.BUYERS, 200, List.of(API_VERSION), "ArmSavingsPlanPurchaseValidateRequest"));
  }

  /** The router's {@code /a/:b/c} as OpenAPI's {@code /a/{b}/c}. */
  public static String openApiPath(String routerPath) {
    return routerPath.replaceAll(":([A-Za-z]+)", "{$1}");
  }

  /** The operations a gateway serves: the test clock's only where the clock exists. */
  public static List<Op> operations(boolean testClock) {
    return operations().stream().filter(op -> testClock || !op.path().equals("/v1/admin/clock")).toList();
  }

  /** The document of a gateway; the test clock's operations only where the clock exists. */
  public static JsonObject document(boolean testClock) {
    JsonObject paths = new JsonObject();
    for (Op op : operations(testClock)) {
      String path = openApiPath(op.path());
      JsonObject item = paths.getJsonObject(path);
      if (item == null) {
        item = new JsonObject();
        paths.put(path, item);
      }
      JsonArray parameters = new JsonArray();
      Matcher m = Pattern.compile(":([A-Za-z]+)").matcher(op.path());
      while (m.find()) {
        parameters.add(new JsonObject().put("name", m.group(1)).put("in", "path").put("required", true)
            .put("schema", pattern("^[A-Za-z0-9@._-]{1,128}$", 128)));
      }
      op.query().forEach(parameters::add);
      if (IDEMPOTENT.contains(op.operationId())) {
        parameters.add(new JsonObject().put("name", "Idempotency-Key").put("in", "header").put("required", false)
            .put("description", "the same key and request replays the first answer; the same key with another request is 422")
            .put("schema", str().put("minLength", 1).put("maxLength", 200)));
      }
      JsonObject operation = new JsonObject().put("operationId", op.operationId()).put("summary", op.summary())
          .put("parameters", parameters).put("responses", responses(op, !parameters.isEmpty()));
      String tag = OperationTags.of(op.path());
      if (tag != null) {
        operation.put("tags", new JsonArray().add(tag));
      }
      if (op.body() != null) {
        boolean optional = op.body().equals("SupportAgentActionRequest");
        operation.put("requestBody", new JsonObject().put("required", !optional).put("content", new JsonObject().put("application/json",
            new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/" + op.body())))));
      }
      if (!op.roles().isEmpty()) {
        List<String> roles = op.roles().stream().sorted().toList();
        operation.put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())));
        operation.put("description", "Roles: " + String.join(", ", roles) + ".");
        operation.put("x-roles", new JsonArray(roles));
      }
      item.put(op.method().toLowerCase(), operation);
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Reserved VM Instances for CSP partners");
    info.put("version", ProductVersion.get());
    info.put("description", "Partner Center's shapes where it has them; Azure Reservations and Consumption APIs' otherwise.");
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put("info", new JsonObject(info))
        .put("tags", OperationTags.all())
        .put("paths", paths)
        .put("components", new JsonObject()
            .put("securitySchemes", new JsonObject().put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT")))
            .put("schemas", schemas()));
  }

  /**
   * The document as the gateway parses it to check requests: vertx-openapi refuses response media
   * types it cannot validate (CSV, Prometheus text), and responses are never checked, so those
   * responses' contents are left out of this copy.
   */
  public static JsonObject requestContract(boolean testClock) {
    JsonObject contract = document(testClock);
    for (String path : contract.getJsonObject("paths").fieldNames()) {
      JsonObject item = contract.getJsonObject("paths").getJsonObject(path);
      for (String method : item.fieldNames()) {
        for (Object response : item.getJsonObject(method).getJsonObject("responses")) {
          JsonObject content = ((JsonObject) ((Map.Entry<?, ?>) response).getValue()).getJsonObject("content");
          if (content != null) {
            content.fieldNames().removeIf(type -> !type.startsWith("application/json"));
          }
        }
      }
    }
    return contract;
  }

  /** The request bodies' and the responses' schemas, which must not share a name. */
  private static JsonObject schemas() {
    JsonObject bodies = BodySchemas.all();
    JsonObject responses = ResponseSchemas.all();
    for (String name : responses.fieldNames()) {
      if (bodies.containsKey(name)) {
        throw new IllegalStateException("schema " + name + " is both a request body and a response");
      }
    }
    return bodies.mergeIn(responses);
  }

  /** The success status the operation answers with, and the refusals it can give. */
  private static JsonObject responses(Op op, boolean hasParameters) {
    JsonObject responses = partnerCenterResponses(op, hasParameters);
    if (ArmErrors.covers(op.path())) {
      // ARM's paths refuse in ARM's shape.
      for (String status : responses.fieldNames()) {
        if (!status.equals(String.valueOf(op.status()))) {
          responses.put(status, errorResponse(responses.getJsonObject(status).getString("description"), "ArmError"));
        }
      }
    }
    return responses;
  }

  private static JsonObject partnerCenterResponses(Op op, boolean hasParameters) {
    JsonObject responses = new JsonObject();
    String success = switch (op.status()) {
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No content";
      case 400 -> "Always refused, with the rule that refuses it";
      default -> "OK";
    };
    JsonObject ok = new JsonObject().put("description", success);
    if (op.status() != 204) {
      JsonObject schema = ResponseSchemas.of(op.operationId());
      ok.put("content", new JsonObject().put(op.produces(), schema == null ? new JsonObject() : new JsonObject().put("schema", schema)));
    }
    responses.put(String.valueOf(op.status()), ok);
    if (hasParameters || op.body() != null) {
      responses.put("400", errorResponse("the request does not fit this document"));
    }
    if (op.roles().isEmpty()) {
      return responses;
    }
    responses.put("401", errorResponse("no valid token")).put("403", errorResponse("none of the roles allowed"));
    if (op.path().contains(":")) {
      responses.put("404", errorResponse("not found, or another partner's"));
    }
    if (op.body() != null) {
      responses.put("408", errorResponse("the body did not arrive in time")).put("413", errorResponse("the body is too large"))
          .put("415", errorResponse("the body is not sent as application/json"));
    }
    if (IDEMPOTENT.contains(op.operationId())) {
      responses.put("422", errorResponse("the Idempotency-Key was used with another request"));
    }
    return responses.put("429", errorResponse("the tenant's rate limit; see Retry-After"))
        .put("503", errorResponse("the service is down or busy")).put("504", errorResponse("the service did not answer in time"));
  }

  private static JsonObject errorResponse(String description) {
    return errorResponse(description, "Error");
  }

  private static JsonObject errorResponse(String description, String schema) {
    return new JsonObject().put("description", description).put("content", new JsonObject().put("application/json",
        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/" + schema))));
  }
}
