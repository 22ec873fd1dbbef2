package dev.rvi.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the HTTP API, served at {@code /v1/openapi.json} and parsed by
 * vertx-openapi as a contract when the gateway starts. Query and path parameters are described
 * precisely (enums, ranges, patterns) and every request is checked against them ({@code ContractCheck})
 * before any service sees it, and so is every JSON body, its keys taken in any case as Partner Center
 * takes them. A test keeps this document and the router in step.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  /** One operation: method, path in the router's {@code :param} form, id, summary, and its query parameters. */
  public record Op(String method, String path, String operationId, String summary, List<JsonObject> query, String body) {}

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

  private static final JsonObject COUNTRY = q("country", pattern("^[A-Za-z]{2}$", 2), true, "the customer's market, ISO 3166 two letters");
  private static final JsonObject SIZE = q("size", integer(1, 1000), false, "page size");
  private static final JsonObject TOKEN = q("continuationToken", pattern("^[A-Za-z0-9_-]{1,64}$", 64), false, "from links.next.uri");

  public static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    String c = "/v1/customers/:customerId";
    String sub = c + "/subscriptions/:subscriptionId";
    String res = c + "/reservationOrders/:reservationOrderId/reservations/:reservationId";
    ops.add(new Op("GET", "/v1/products", "listProducts", "Products, one per VM series", List.of(COUNTRY,
        q("targetView", oneOf("AzureReservationsVM", "AzureReservations"), false, "catalog view")), null));
    ops.add(new Op("GET", "/v1/products/:productId", "getProduct", "A product", List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus", "listSkus", "SKUs of a product (size, region, term)", List.of(COUNTRY, SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus/:skuId", "getSku", "A SKU", List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/products/:productId/skus/:skuId/availabilities", "listAvailabilities", "Availabilities of a SKU", List.of(COUNTRY), null));
    ops.add(new Op("GET", "/v1/reservedInstances", "searchReservedInstances", "The filterable reserved-instance list", List.of(COUNTRY,
        q("armRegionName", pattern("^[A-Za-z0-9]{2,40}(,[A-Za-z0-9]{2,40})*$", 2000), false, "regions, comma separated"),
        q("series", pattern("^[A-Za-z0-9 _,-]{1,2000}$", 2000), false, "flexibility groups"),
        q("armSkuName", pattern("^[A-Za-z0-9_,-]{1,2000}$", 2000), false, "VM sizes"),
        q("term", oneOf("P1Y", "P3Y", "1Year", "3Years", "3Year"), false, "term"),
        q("minCores", integer(1, 1024), false, "at least this many vCPUs"),
        q("maxCores", integer(1, 1024), false, "at most this many vCPUs"),
        q("q", str().put("maxLength", 100), false, "text in size, series or region"),
        q("sort", oneOf("name", "price", "-price", "savings", "cores", "region"), false, "order"), SIZE, TOKEN), null));
    ops.add(new Op("POST", "/v1/extensions/product/checkInventory", "checkInventory", "Inventory restrictions", List.of(COUNTRY), "InventoryCheck"));
    ops.add(new Op("GET", "/v1/relationships", "listRelationships", "Indirect resellers of a provider (or providers of a reseller)",
        List.of(q("relationship_type", oneOf("IsIndirectCloudSolutionProviderOf", "IsIndirectResellerOf"), false, "relationship")), null));
    ops.add(new Op("POST", "/v1/customers", "createCustomer", "Add a customer", List.of(), "Customer"));
    ops.add(new Op("GET", "/v1/customers", "listCustomers", "The partner's customers", List.of(SIZE, TOKEN), null));
    ops.add(new Op("GET", c, "getCustomer", "A customer", List.of(), null));
    ops.add(new Op("POST", c + "/subscriptions", "createSubscription", "Add an Azure subscription", List.of(), "Subscription"));
    ops.add(new Op("GET", c + "/subscriptions", "listSubscriptions", "A customer's subscriptions", List.of(), null));
    ops.add(new Op("GET", sub, "getSubscription", "A subscription", List.of(), null));
    ops.add(new Op("PATCH", sub, "updateSubscription", "Suspend, reactivate, delete or rename", List.of(), "SubscriptionUpdate"));
    ops.add(new Op("POST", sub + "/registrations", "registerSubscription", "Register for reserved-instance purchase", List.of(), null));
    ops.add(new Op("GET", sub + "/registrationstatus", "getRegistrationStatus", "Registration status", List.of(), null));
    for (String m : List.of("GET", "PUT", "DELETE")) {
      ops.add(new Op(m, sub + "/agentAccess/:userId", m.toLowerCase() + "AgentAccess", "Explicit agent access to a subscription", List.of(), null));
    }
    ops.add(new Op("POST", c + "/carts", "createCart", "Create a cart", List.of(), "Cart"));
    ops.add(new Op("GET", c + "/carts/:cartId", "getCart", "A cart", List.of(), null));
    ops.add(new Op("PUT", c + "/carts/:cartId", "updateCart", "Review: change quantities, scopes, subscriptions", List.of(), "Cart"));
    ops.add(new Op("POST", c + "/carts/:cartId/checkout", "checkout", "Buy", List.of(), null));
    ops.add(new Op("GET", c + "/orders", "listOrders", "Order history", List.of(q("billingType", oneOf("onetime", "one_time", "OneTime"), false,
        "billing type"), SIZE, TOKEN), null));
    ops.add(new Op("GET", c + "/orders/:orderId", "getOrder", "An order", List.of(), null));
    ops.add(new Op("GET", c + "/entitlements", "listEntitlements", "What was bought", List.of(q("entitlementType",
        oneOf("reservedInstance", "reservedinstance", "ReservedInstance"), false, "entitlement type")), null));
    ops.add(new Op("GET", c + "/reservations", "listReservations", "A customer's reservations", List.of(
        q("reservationOrderId", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "one reservation order"), SIZE, TOKEN), null));
    ops.add(new Op("GET", res, "getReservation", "Overview and properties", List.of(), null));
    ops.add(new Op("PATCH", res, "configureReservation", "Configure: scope, subscription, renewal", List.of(), "ReservationUpdate"));
    ops.add(new Op("GET", res + "/revisions", "listRevisions", "Every configuration change", List.of(), null));
    ops.add(new Op("GET", res + "/roleAssignments", "listRoleAssignments", "Access control (IAM)", List.of(), null));
    for (String m : List.of("GET", "PUT", "DELETE")) {
      ops.add(new Op(m, res + "/roleAssignments/:userId", m.toLowerCase() + "RoleAssignment", "A role on the reservation", List.of(),
          m.equals("PUT") ? "RoleAssignment" : null));
    }
    ops.add(new Op("GET", res + "/utilization", "getUtilization", "Daily utilization", List.of(q("grain", oneOf("daily"), false, "grain"),
        q("from", str().put("format", "date"), false, "first day"), q("to", str().put("format", "date"), false, "last day")), null));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/calculateRefund", "calculateRefund", "Quote a refund", List.of(), "RefundQuote"));
    ops.add(new Op("POST", c + "/reservationOrders/:reservationOrderId/return", "returnReservation", "Cancel with the quote's session", List.of(), "Return"));
    ops.add(new Op("POST", c + "/calculateExchange", "calculateExchange", "Quote an exchange", List.of(), "ExchangeQuote"));
    ops.add(new Op("POST", c + "/exchange", "exchange", "Exchange with the quote's session", List.of(), "Session"));
    ops.add(new Op("POST", sub + "/usage", "ingestUsage", "Hourly VM usage, in bulk", List.of(), "Usage"));
    ops.add(new Op("GET", c + "/reservationRecommendations", "getRecommendations", "What to buy", List.of(
        q("scope", oneOf("Shared", "Single", "shared", "single"), false, "scope"),
        q("lookBackPeriod", oneOf("Last7Days", "Last30Days", "Last60Days"), false, "look-back"),
        q("term", oneOf("P1Y", "P3Y", "1Year", "3Years", "3Year"), false, "term")), null));
    ops.add(new Op("POST", c + "/supportRequests", "fileSupportRequest", "File a refund or exchange request", List.of(), "SupportRequest"));
    ops.add(new Op("GET", c + "/supportRequests", "listSupportRequests", "The partner's view", List.of(q("status",
        oneOf("new", "inProgress", "approved", "completed", "rejected", "closed"), false, "state"), SIZE, TOKEN), null));
    ops.add(new Op("GET", c + "/supportRequests/:supportRequestId", "getSupportRequest", "A request with its history", List.of(), null));
    ops.add(new Op("GET", "/v1/supportRequests", "supportQueue", "Support agents' queue", List.of(
        q("status", oneOf("new", "inProgress", "approved", "completed", "rejected", "closed"), false, "state"),
        q("partner", pattern("^[A-Za-z0-9@._-]{1,128}$", 128), false, "partner tenant"),
        q("olderThanHours", integer(0, 87600), false, "age"), SIZE, TOKEN), null));
    ops.add(new Op("GET", "/v1/supportRequests/:supportRequestId", "getSupportRequestForAgent", "A request, with internal notes", List.of(), null));
    for (String step : List.of("assign", "notes", "approve", "reject", "close")) {
      ops.add(new Op("POST", "/v1/supportRequests/:supportRequestId/" + step, step + "SupportRequest", "Work the request: " + step, List.of(),
          "SupportAgentAction"));
    }
    List<JsonObject> provider = List.of(q("provider", oneOf("onetime", "one_time", "OneTime"), false, "invoice provider"));
    ops.add(new Op("GET", "/v1/invoices", "listInvoices", "One-time invoices", provider, null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId", "getInvoice", "An invoice", List.of(), null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId/lineitems", "listInvoiceLineItems", "Its lines", provider, null));
    ops.add(new Op("GET", "/v1/invoices/:invoiceId/reconciliation", "getReconciliation", "Reconciliation CSV", List.of(), null));
    ops.add(new Op("POST", "/v1/admin/partners", "onboardPartner", "Onboard a partner", List.of(), "Partner"));
    ops.add(new Op("GET", "/v1/admin/partners", "listPartners", "Partners", List.of(), null));
    ops.add(new Op("PUT", "/v1/admin/partners/:providerId/resellers/:resellerId", "linkReseller", "Link a reseller to a provider", List.of(), null));
    ops.add(new Op("POST", "/v1/admin/priceSheets", "loadPriceSheet", "Load a price sheet (Azure Retail Prices format)",
        List.of(q("name", str().put("maxLength", 200), false, "a name for the record")), "PriceSheet"));
    ops.add(new Op("POST", "/v1/admin/renewals/run", "runRenewals", "Renew what is due now", List.of(), null));
    ops.add(new Op("GET", "/v1/admin/clock", "readClock", "The test clock (only with --test-clock)", List.of(), null));
    ops.add(new Op("POST", "/v1/admin/clock", "moveClock", "Move the test clock forward (only with --test-clock)", List.of(), "Clock"));
    ops.add(new Op("GET", "/health", "health", "Postgres and each service", List.of(), null));
    ops.add(new Op("GET", "/health/live", "liveness", "The process answers", List.of(), null));
    ops.add(new Op("GET", "/health/ready", "readiness", "Ready to serve", List.of(), null));
    ops.add(new Op("GET", "/metrics", "metrics", "Prometheus metrics", List.of(), null));
    ops.add(new Op("GET", "/v1/openapi.json", "openapi", "This document", List.of(), null));
    return ops;
  }

  /** The router's {@code /a/:b/c} as OpenAPI's {@code /a/{b}/c}. */
  public static String openApiPath(String routerPath) {
    return routerPath.replaceAll(":([A-Za-z]+)", "{$1}");
  }

  /** The document of a gateway; the test clock's operations only where the clock exists. */
  public static JsonObject document(boolean testClock) {
    JsonObject paths = new JsonObject();
    for (Op op : operations()) {
      if (!testClock && op.path().equals("/v1/admin/clock")) {
        continue;
      }
      String path = openApiPath(op.path());
      JsonObject item = paths.getJsonObject(path);
      if (item == null) {
        item = new JsonObject();
        paths.put(path, item);
      }
      JsonArray parameters = new JsonArray();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(":([A-Za-z]+)").matcher(op.path());
      while (m.find()) {
        parameters.add(new JsonObject().put("name", m.group(1)).put("in", "path").put("required", true)
            .put("schema", pattern("^[A-Za-z0-9@._-]{1,128}$", 128)));
      }
      op.query().forEach(parameters::add);
      JsonObject operation = new JsonObject().put("operationId", op.operationId()).put("summary", op.summary())
          .put("parameters", parameters)
          .put("responses", new JsonObject()
              .put("200", new JsonObject().put("description", "OK"))
              .put("400", errorResponse("bad request")).put("401", errorResponse("no valid token"))
              .put("403", errorResponse("role not allowed")).put("404", errorResponse("not found, or another partner's"))
              .put("429", errorResponse("rate limit")).put("503", errorResponse("service unavailable")));
      if (op.body() != null) {
        boolean optional = op.body().equals("SupportAgentAction");
        operation.put("requestBody", new JsonObject().put("required", !optional).put("content", new JsonObject().put("application/json",
            new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/" + op.body())))));
      }
      if (!op.path().startsWith("/health") && !op.path().equals("/metrics") && !op.path().equals("/v1/openapi.json")) {
        operation.put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())));
      }
      item.put(op.method().toLowerCase(), operation);
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Reserved VM Instances for CSP partners");
    info.put("version", "1.0.0");
    info.put("description", "Partner Center's shapes where it has them; Azure Reservations and Consumption APIs' otherwise.");
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put("info", new JsonObject(info))
        .put("paths", paths)
        .put("components", new JsonObject()
            .put("securitySchemes", new JsonObject().put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT")))
            .put("schemas", BodySchemas.all()));
  }

  private static JsonObject errorResponse(String description) {
    return new JsonObject().put("description", description).put("content", new JsonObject().put("application/json",
        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/Error"))));
  }
}
