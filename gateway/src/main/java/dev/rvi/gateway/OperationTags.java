package dev.rvi.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of the API reference: each operation's tag follows from its path alone, so an operation added to
 * {@link OpenApiDocument} is grouped without naming its tag. A path of an area not named here is left untagged, and
 * {@code OpenApiContractTest} fails on it.
 */
public final class OperationTags {
  public static final String CATALOG = "Catalog";
  public static final String CUSTOMERS = "Customers";
  public static final String CARTS_AND_ORDERS = "Carts and orders";
  public static final String RESERVATIONS = "Reservations";
  public static final String SAVINGS_PLANS = "Savings plans";
  public static final String USAGE = "Usage and recommendations";
  public static final String SUPPORT = "Support";
  public static final String BILLING = "Billing";
  public static final String NOTIFICATIONS = "Notifications";
  public static final String PRICE_LISTS = "Price lists";
  public static final String OPERATOR = "Operator";
  public static final String HEALTH = "Health";
  public static final String AZURE = "Azure Resource Manager";

  /** The tags in the order the reference shows them, with what each covers. */
  private static final Map<String, String> DESCRIPTIONS = descriptions();

  /** The first segment after {@code /v1/} or after {@code /v1/customers/:customerId/}, and its area. */
  private static final Map<String, String> SEGMENTS = Map.ofEntries(
      Map.entry("products", CATALOG), Map.entry("reservedInstances", CATALOG), Map.entry("regions", CATALOG), Map.entry("extensions", CATALOG),
      Map.entry("customers", CUSTOMERS), Map.entry("subscriptions", CUSTOMERS), Map.entry("relationships", CUSTOMERS),
      Map.entry("profiles", CUSTOMERS),
      Map.entry("carts", CARTS_AND_ORDERS), Map.entry("orders", CARTS_AND_ORDERS), Map.entry("entitlements", CARTS_AND_ORDERS),
      Map.entry("reservations", RESERVATIONS), Map.entry("reservationOrders", RESERVATIONS), Map.entry("refundLimit", RESERVATIONS),
      Map.entry("calculateExchange", RESERVATIONS), Map.entry("exchange", RESERVATIONS),
      Map.entry("savingsPlans", SAVINGS_PLANS), Map.entry("calculateTradeIn", SAVINGS_PLANS), Map.entry("tradeIn", SAVINGS_PLANS),
      Map.entry("usage", USAGE), Map.entry("reservationRecommendations", USAGE), Map.entry("savingsPlanRecommendations", USAGE),
      Map.entry("benefitComparison", USAGE),
      Map.entry("supportRequests", SUPPORT), Map.entry("partnerSupportRequests", SUPPORT),
      Map.entry("invoices", BILLING), Map.entry("statements", BILLING), Map.entry("margins", BILLING),
      Map.entry("events", NOTIFICATIONS), Map.entry("webhooks", NOTIFICATIONS), Map.entry("alertRules", NOTIFICATIONS),
      Map.entry("priceLists", PRICE_LISTS),
      Map.entry("admin", OPERATOR),
      Map.entry("openapi.json", HEALTH));

  private OperationTags() {}

  private static Map<String, String> descriptions() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(CATALOG, "Products, SKUs, availabilities and the reserved-instance search, at the prices in force");
    tags.put(CUSTOMERS, "The partner's profile and customers, their Azure subscriptions and registration, agent access, reseller relationships");
    tags.put(CARTS_AND_ORDERS, "Carts, checkout, orders and what they bought (entitlements)");
    tags.put(RESERVATIONS, "Reservations: overview, configuration, access control, utilization, split and merge, refunds, exchanges");
    tags.put(SAVINGS_PLANS, "Savings plans for compute: read, configure, utilization, and trading reservations in for one");
    tags.put(USAGE, "Hourly VM usage sent in, and the reservations and savings plans it suggests buying");
    tags.put(SUPPORT, "Refund, exchange and trade-in requests: the partner's filings and the support agents' queue");
    tags.put(BILLING, "One-time invoices, their lines and the reconciliation file; statements between tiers and the margin report");
    tags.put(NOTIFICATIONS, "The event feed, webhook endpoints and their deliveries, utilization alert rules");
    tags.put(PRICE_LISTS, "A partner's prices to the tier below it: price lists, their assignments and history, a draft's preview");
    tags.put(OPERATOR, "The operator's administration: partners and resellers, price sheets, renewals, the test clock");
    tags.put(AZURE, "Microsoft.Capacity and Microsoft.BillingBenefits on Azure Resource Manager's paths, for Azure's SDKs: the "
        + "catalog, purchases, reservation orders and reservations, their changes, refunds and exchanges, savings plans; in ARM's shapes "
        + "and errors, with api-version");
    tags.put(HEALTH, "Liveness, readiness, metrics and this document");
    return tags;
  }

  /** The area of a path in the router's {@code :param} form; null when no area is named for it. */
  public static String of(String path) {
    if (path.equals("/metrics") || path.equals("/health") || path.startsWith("/health/")) {
      return HEALTH;
    }
    if (path.startsWith("/providers/") || path.startsWith("/subscriptions/")) {
      return AZURE;
    }
    if (!path.startsWith("/v1/")) {
      return null;
    }
    List<String> segments = List.of(path.substring("/v1/".length()).split("/"));
    if (segments.contains("usage")) {
      return USAGE;
    }
    boolean underCustomer = segments.size() > 2 && segments.get(0).equals("customers") && segments.get(1).startsWith(":");
    return SEGMENTS.get(underCustomer ? segments.get(2) : segments.get(0));
  }

  /** The document's top-level {@code tags}. */
  public static JsonArray all() {
    JsonArray tags = new JsonArray();
    DESCRIPTIONS.forEach((name, description) -> tags.add(new JsonObject().put("name", name).put("description", description)));
    return tags;
  }
}
