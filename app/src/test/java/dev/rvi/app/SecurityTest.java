package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.BillingAction;
import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogAction;
import dev.rvi.domain.directory.DirectoryAction;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.support.SupportAction;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.gateway.auth.DevelopmentKeys;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security suite: token attacks; every route that takes ids swept with another partner's ids
 * (404, nothing changed); function-level authorization as a role × route matrix; read-only fields in
 * bodies; injection strings in every filter; oversize and deeply nested JSON.
 */
class SecurityTest {
  private static final List<String> ROLES = List.of("AdminAgent", "SalesAgent", "HelpdeskAgent", "BillingAdmin", "SupportAgent", "Operator");
  private static TestPlatform platform;
  private static Shop victim;
  private static Map<String, String> ids;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    victim = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = victim.newCustomer("victim.example", "US");
    String item = victim.item("Standard_D2s_v5", "eastus", "P1Y");
    JsonObject reservation = victim.reservation(c[0], c[1], item, 2, "P1Y", "Shared");
    String cart = victim.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1, "P1Y", c[1], "single"))).json().getString("id");
    String order = platform.get("/v1/customers/" + c[0] + "/orders", victim.token).items().get(0).getString("id");
    String request = platform.post("/v1/customers/" + c[0] + "/supportRequests", victim.token,
        SupportFlowTest.filing(reservation, "refund", 1)).json().getString("id");
    victim.buy(c[0], null, new JsonObject().put("id", 0).put("catalogItemId", "DZH318Z09V6F:0001:DZH318Z0BLD3").put("quantity", 1)
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", c[1]))
        .put("purchaseCommitment", new JsonObject().put("amount", 0.01).put("currency", "USD").put("grain", "Hourly")));
    JsonObject savingsPlan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", victim.token).items().get(0);
    String plan = savingsPlan.getString("id");
    ids = new HashMap<>(Map.of(":customerId", c[0], ":subscriptionId", c[1], ":cartId", cart, ":orderId", order,
        ":reservationOrderId", reservation.getString("reservationOrderId"), ":reservationId", reservation.getString("id"),
        ":userId", "someone@contoso.example", ":supportRequestId", request, "item", item, ":lineItemNumber", "0"));
    ids.put(":savingsPlanId", plan);
    ids.put(":savingsPlanOrderId", savingsPlan.getString("savingsPlanOrderId"));
    ids.put(":savingsPlanOrderAliasName", "victims-alias");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String fill(String template) {
    String path = template;
    for (var e : ids.entrySet()) {
      path = path.replace(e.getKey(), e.getValue());
    }
    return path;
  }

  private static TestPlatform.Reply call(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUrl + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return platform.send(request, token);
  }

  /** A body of the right shape for each writing route, so that only ownership can refuse it. */
  private static String bodyFor(String method, String template) {
    String sub = ids.get(":subscriptionId");
    String reservation = "{\"reservationId\":\"" + ids.get(":reservationId") + "\",\"quantity\":1}";
    if (template.endsWith("/subscriptions") && method.equals("POST")) {
      return "{\"friendlyName\":\"x\"}";
    }
    if (template.endsWith(":subscriptionId") && method.equals("PATCH")) {
      return "{\"status\":\"suspended\"}";
    }
    if ((template.contains("/carts") && (method.equals("POST") || method.equals("PUT")) && !template.endsWith("/checkout"))
        || (template.endsWith("/orders") && method.equals("POST"))) {
      return Shop.cart(null, Shop.line(0, ids.get("item"), 1, "P1Y", sub, "single"));
    }
    if (template.endsWith("/reservationOrders/:reservationOrderId") && method.equals("PUT")) {
      return "{\"sku\":{\"name\":\"Standard_D2s_v5\"},\"location\":\"eastus\",\"properties\":{\"billingScopeId\":\"/subscriptions/" + sub
          + "\",\"term\":\"P1Y\",\"quantity\":1}}";
    }
    if (template.endsWith(":reservationId") && method.equals("PATCH")) {
      return "{\"renew\":true}";
    }
    if (template.contains("/roleAssignments/") && method.equals("PUT")) {
      return "{\"role\":\"Administrator\"}";
    }
    if (template.endsWith("/split")) {
      return "{\"properties\":{\"quantities\":[1,1],\"reservationId\":\"" + ids.get(":reservationId") + "\"}}";
    }
    if (template.endsWith("/merge")) {
      return "{\"properties\":{\"sources\":[\"" + ids.get(":reservationId") + "\",\"" + ids.get(":reservationId") + "x\"]}}";
    }
    if (template.endsWith("/calculateRefund")) {
      return "{\"reservationToReturn\":" + reservation + "}";
    }
    if (template.endsWith("/return")) {
      return "{\"sessionId\":\"s\",\"reservationToReturn\":" + reservation + "}";
    }
    if (template.endsWith("/calculateExchange")) {
      return "{\"reservationsToExchange\":[" + reservation + "],\"reservationsToPurchase\":[{\"catalogItemId\":\"" + ids.get("item")
          + "\",\"quantity\":2,\"termDuration\":\"P1Y\",\"provisioningContext\":{\"subscriptionId\":\"" + sub + "\",\"scope\":\"Shared\"}}]}";
    }
    if (template.endsWith("/exchange") || template.endsWith("/tradeIn")) {
      return "{\"sessionId\":\"s\"}";
    }
    if (template.endsWith(":savingsPlanId") && method.equals("PATCH")) {
      return "{\"renew\":true}";
    }
    if (template.contains("/savingsPlanOrderAliases/") && method.equals("PUT")) {
      return "{\"sku\":{\"name\":\"Compute_Savings_Plan\"},\"properties\":{\"billingScopeId\":\"/subscriptions/" + sub
          + "\",\"term\":\"P1Y\",\"commitment\":{\"grain\":\"Hourly\",\"currencyCode\":\"USD\",\"amount\":0.01}}}";
    }
    if (template.endsWith("/availableScopes")) {
      return "{\"properties\":{\"scopes\":[\"/subscriptions/" + sub + "\"]}}";
    }
    if (template.endsWith(":savingsPlanId/validate")) {
      return "{\"benefits\":[{\"renew\":true}]}";
    }
    if (template.endsWith("/calculateTradeIn")) {
      return "{\"reservationsToReturn\":[" + reservation + "],\"savingsPlan\":{\"term\":\"P1Y\",\"subscriptionId\":\"" + sub + "\"}}";
    }
    if (template.endsWith("/usage")) {
      return "{\"items\":[{\"usageStartTime\":\"2026-11-01T00:00:00Z\",\"resourceId\":\"vm\",\"armSkuName\":\"Standard_D2s_v5\","
          + "\"armRegionName\":\"eastus\",\"quantity\":1}]}";
    }
    if (template.endsWith("/notes")) {
      return "{\"text\":\"taken over\"}";
    }
    if (template.endsWith("/supportRequests") && method.equals("POST")) {
      return new JsonObject(SupportFlowTest.filing(new JsonObject().put("id", ids.get(":reservationId"))
          .put("reservationOrderId", ids.get(":reservationOrderId")), "refund", 1)).encode();
    }
    return method.equals("GET") || method.equals("DELETE") ? null : "";
  }

  private JsonObject victimState() {
    String c = ids.get(":customerId");
    JsonObject reservation = platform.get("/v1/customers/" + c + "/reservationOrders/" + ids.get(":reservationOrderId") + "/reservations/"
        + ids.get(":reservationId"), victim.token).json();
    return new JsonObject()
        .put("subscriptions", platform.get("/v1/customers/" + c + "/subscriptions", victim.token).json().getJsonArray("items"))
        .put("cart", platform.get("/v1/customers/" + c + "/carts/" + ids.get(":cartId"), victim.token).json().getString("status"))
        .put("orders", platform.get("/v1/customers/" + c + "/orders", victim.token).json().getInteger("totalCount"))
        .put("quantity", reservation.getInteger("quantity"))
        .put("scope", reservation.getString("appliedScopeType"))
        .put("roles", platform.get("/v1/customers/" + c + "/reservationOrders/" + ids.get(":reservationOrderId") + "/reservations/"
            + ids.get(":reservationId") + "/roleAssignments", victim.token).json().getInteger("totalCount"))
        .put("support", platform.get("/v1/customers/" + c + "/supportRequests/" + ids.get(":supportRequestId"), victim.token).json()
            .getString("status"))
        .put("supportHistory", platform.get("/v1/customers/" + c + "/supportRequests/" + ids.get(":supportRequestId"), victim.token).json()
            .getJsonArray("history").size())
        .put("agentAccess", platform.get("/v1/customers/" + c + "/subscriptions/" + ids.get(":subscriptionId") + "/agentAccess", victim.token)
            .json().getInteger("totalCount"))
        .put("savingsPlan", platform.get("/v1/customers/" + c + "/savingsPlans/" + ids.get(":savingsPlanId"), victim.token).json()
            .getBoolean("renew"))
        .put("revisions", platform.get("/v1/customers/" + c + "/reservationOrders/" + ids.get(":reservationOrderId") + "/reservations/"
            + ids.get(":reservationId") + "/revisions", victim.token).json().getInteger("totalCount"));
  }

  @Test
  void everyRouteWithIdsAnswersAnotherPartner404AndChangesNothing() {
    JsonObject before = victimState();
    String attacker = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    Set<String> swept = new TreeSet<>();
    for (String route : GatewayVerticle.routes()) {
      String[] parts = route.split(" ", 2);
      boolean arm = (parts[1].startsWith("/providers/") || parts[1].startsWith("/subscriptions/")) && parts[1].contains(":");
      if (!parts[1].startsWith("/v1/customers/:customerId") && !arm) {
        continue;
      }
      swept.add(route);
      TestPlatform.Reply reply = call(parts[0], fill(parts[1]) + (arm ? ARM_VERSION : ""), attacker, bodyFor(parts[0], parts[1]));
      assertEquals(404, reply.status(), () -> route + " answered " + reply);
      assertFalse(reply.body().contains(ids.get(":customerId")) && reply.status() == 200, route);
    }
    assertTrue(swept.size() >= 55, "the sweep covers the customer-scoped routes and ARM's: " + swept.size());
    // Invoice ids are per partner: another partner's "same" invoice is its own (empty) one, never the victim's lines.
    TestPlatform.Reply invoices = platform.get("/v1/invoices", attacker);
    assertFalse(invoices.body().contains(ids.get(":customerId")));
    assertEquals(before, victimState(), "nothing changed");
  }

  /**
   * The lists across a partner's customers (no customer in their path, so not in the sweep above): another partner's
   * customer as a filter is a 404, and without one they hold nothing of the victim's.
   */
  @Test
  void thePartnerWideListsAnswerAnotherPartner404AndShowNothingOfTheVictims() {
    String attacker = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    String c = ids.get(":customerId");
    for (String list : List.of("/v1/reservations", "/v1/orders", "/v1/partnerSupportRequests")) {
      TestPlatform.Reply filtered = platform.get(list + "?customerId=" + c, attacker);
      assertEquals(404, filtered.status(), () -> list + " answered " + filtered);
      TestPlatform.Reply all = platform.get(list + "?size=1000", attacker);
      assertEquals(200, all.status(), () -> list + " answered " + all);
      for (String id : List.of(c, ids.get(":reservationId"), ids.get(":orderId"), ids.get(":supportRequestId"))) {
        assertFalse(all.body().contains(id), () -> list + " shows the victim's " + id);
      }
      assertTrue(platform.get(list + "?customerId=" + c, victim.token).body().contains(c), list + " shows the victim its own");
    }
    // ARM's lists name no customer: the attacker's hold nothing of the victim's, the victim's hold its own.
    for (String list : List.of("/providers/Microsoft.Capacity/reservations", "/providers/Microsoft.Capacity/reservationOrders")) {
      TestPlatform.Reply all = platform.get(list + ARM_VERSION, attacker);
      assertEquals(200, all.status(), () -> list + " answered " + all);
      assertFalse(all.body().contains(ids.get(":reservationOrderId")), () -> list + " shows the victim's reservations");
      assertTrue(platform.get(list + ARM_VERSION + "&take=1000", victim.token).body().contains(ids.get(":reservationOrderId")), list);
    }
  }

  private static final String ARM_VERSION = "?api-version=2022-11-01";

  /**
   * Every route × every role × both kinds of tenant: a partner's tenant and the operator's. Operator and
   * SupportAgent count only in the operator's tenant and partner roles only in a partner's, so a partner
   * that gives itself Operator or SupportAgent (as a multi-tenant identity provider lets it) is refused.
   */
  @Test
  void roleByTenantByRouteMatrix() {
    int checked = 0;
    Set<String> operatorRoles = Set.of("SupportAgent", "Operator");
    for (String route : GatewayVerticle.routes()) {
      String[] parts = route.split(" ", 2);
      String method = parts[0];
      String path = parts[1];
      if (path.startsWith("/health") || path.equals("/metrics") || path.equals("/v1/openapi.json")) {
        continue;
      }
      Set<String> allowed = allowed(method, path);
      for (String tenant : List.of(DemoData.CONTOSO.id(), DemoData.OPERATOR_TENANT)) {
        boolean operatorTenant = tenant.equals(DemoData.OPERATOR_TENANT);
        for (String role : ROLES) {
          boolean counts = operatorRoles.contains(role) == operatorTenant;
          boolean arm = path.startsWith("/providers/") || path.startsWith("/subscriptions/");
          TestPlatform.Reply reply = call(method, path.replaceAll(":[A-Za-z]+", "nope") + (arm ? ARM_VERSION : ""),
              platform.token(tenant, role),
              method.equals("GET") || method.equals("DELETE") ? null : "{}");
          boolean refusedByRole = reply.status() == 403 && reply.body().contains("needs one of the roles");
          assertEquals(!(counts && allowed.contains(role)), refusedByRole, () -> role + " of " + tenant + " on " + route + ": " + reply);
          assertTrue(reply.status() < 500, () -> role + " of " + tenant + " on " + route + ": " + reply);
          checked++;
        }
      }
    }
    assertTrue(checked > 600, "routes x roles x tenants: " + checked);
  }

  /** The attack that was found: a partner gives itself SupportAgent and Operator and tries to act as the operator. */
  @Test
  void aPartnerTenantCannotActAsTheOperator() {
    String partnerAsOperator = platform.token(DemoData.CONTOSO.id(), "SupportAgent", "Operator", "AdminAgent");
    String request = ids.get(":supportRequestId");
    assertRefused(platform.get("/v1/supportRequests", partnerAsOperator), 403);
    assertRefused(platform.post("/v1/supportRequests/" + request + "/assign", partnerAsOperator, "{}"), 403);
    assertRefused(platform.post("/v1/supportRequests/" + request + "/approve", partnerAsOperator, "{}"), 403);
    assertRefused(platform.post("/v1/admin/partners", partnerAsOperator, "{\"id\":\"evil\",\"name\":\"Evil\",\"mpnId\":\"666\","
        + "\"type\":\"direct\",\"country\":\"US\"}"), 403);
    assertRefused(platform.post("/v1/admin/clock", partnerAsOperator, "{\"now\":\"2030-01-01T00:00:00Z\"}"), 403);
    assertRefused(platform.post("/v1/admin/renewals/run", partnerAsOperator, "{}"), 403);
    // The partner roles of that token still work for the partner's own customers.
    assertEquals(200, platform.get("/v1/customers", partnerAsOperator).status());
    String agent = platform.token(DemoData.OPERATOR_TENANT, "SupportAgent");
    JsonObject untouched = platform.get("/v1/supportRequests/" + request, agent).json();
    assertEquals("new", untouched.getString("status"), "the request was not worked");
    assertTrue(platform.get("/v1/admin/partners", platform.operatorToken()).body().contains(DemoData.CONTOSO.id()));
    assertFalse(platform.get("/v1/admin/partners", platform.operatorToken()).body().contains("\"evil\""));
    // The operator's tenant with partner roles sees no partner's customers.
    assertRefused(platform.get("/v1/customers", platform.token(DemoData.OPERATOR_TENANT, "AdminAgent")), 403);
  }

  /**
   * Defence in depth: each service checks the roles again, whoever reaches its address. Asked directly
   * on the bus (past the gateway), a partner tenant claiming the operator's roles is refused by the
   * catalog, order and support services alike, and nothing changes.
   */
  @Test
  void eachServiceRefusesOperatorRolesFromAPartnerTenant() throws Exception {
    BusClient bus = new BusClient(platform.vertx, 10_000);
    Caller forger = new Caller(DemoData.CONTOSO.id(), "eve", Set.of("Operator", "SupportAgent"));
    String request = ids.get(":supportRequestId");
    List<String[]> attempts = List.of(
        new String[] {Address.DIRECTORY, DirectoryAction.ONBOARD_PARTNER.name(), "{\"id\":\"evil\",\"name\":\"E\",\"mpnId\":\"6\",\"type\":\"direct\",\"country\":\"US\"}"},
        new String[] {Address.DIRECTORY, DirectoryAction.LIST_PARTNERS.name(), "{}"},
        new String[] {Address.DIRECTORY, DirectoryAction.NAMES.name(), "{\"partnerIds\":[],\"customerIds\":[]}"},
        new String[] {Address.DIRECTORY, DirectoryAction.LINK_RESELLER.name(), "{\"providerId\":\"a\",\"resellerId\":\"b\"}"},
        new String[] {Address.ORDER, OrderAction.RUN_RENEWALS.name(), "{}"},
        new String[] {Address.ORDER, OrderAction.REFUND_FOR_SUPPORT.name(), "{\"customerId\":\"" + ids.get(":customerId") + "\"}"},
        new String[] {Address.ORDER, OrderAction.EXCHANGE_FOR_SUPPORT.name(), "{\"customerId\":\"" + ids.get(":customerId") + "\"}"},
        new String[] {Address.ORDER, OrderAction.QUOTE_FOR_SUPPORT.name(), "{\"refund\":{\"customerId\":\"" + ids.get(":customerId") + "\"}}"},
        new String[] {Address.CATALOG, CatalogAction.OPEN_PRICE_LOAD.name(), "{\"name\":\"x\"}"},
        new String[] {Address.SUPPORT, SupportAction.QUEUE.name(), "{}"},
        new String[] {Address.SUPPORT, SupportAction.ASSIGN.name(), "{\"id\":\"" + request + "\"}"},
        new String[] {Address.SUPPORT, SupportAction.APPROVE.name(), "{\"id\":\"" + request + "\"}"});
    for (String[] attempt : attempts) {
      Throwable refused = bus.request(attempt[0], attempt[1], attempt[2], forger, "forger").toCompletionStage().toCompletableFuture()
          .handle((ok, e) -> e).get(30, TimeUnit.SECONDS);
      assertTrue(refused instanceof ApiException api && api.error().httpStatus() == 403, () -> attempt[1] + ": " + refused);
    }
    String agent = platform.token(DemoData.OPERATOR_TENANT, "SupportAgent");
    assertEquals("new", platform.get("/v1/supportRequests/" + request, agent).json().getString("status"));

    // What services ask each other on the platform's own account is refused to every user, the operator's included.
    Caller operator = new Caller(DemoData.OPERATOR_TENANT, "olga", Set.of("Operator", "SupportAgent"));
    List<String[]> internal = List.of(
        new String[] {Address.BILLING, BillingAction.RECORD_CHARGES.name(), "{\"charges\":[]}"},
        new String[] {Address.USAGE, UsageAction.APPLY_RESERVATIONS.name(), "{\"changes\":[]}"},
        new String[] {Address.USAGE, UsageAction.RESERVATION_UTILIZATION.name(), "{}"},
        new String[] {Address.USAGE, UsageAction.RESERVATION_HOURS.name(), "{}"},
        new String[] {Address.USAGE, UsageAction.SAVINGS_PLAN_HOURS.name(), "{}"},
        new String[] {Address.USAGE, UsageAction.SAVINGS_PLAN_OVERVIEWS.name(), "{}"},
        new String[] {Address.ORDER, OrderAction.APPLY_DIRECTORY.name(), "{\"changes\":[{\"table\":\"partner\",\"op\":\"INSERT\",\"row\":"
            + "\"{\\\"id\\\":\\\"evil\\\"}\",\"at\":1,\"sequence\":1}]}"},
        new String[] {Address.USAGE, UsageAction.RESERVATION_OVERVIEW.name(), "{}"},
        new String[] {Address.USAGE, UsageAction.USED_SINCE.name(), "{}"});
    for (String[] attempt : internal) {
      Throwable refused = bus.request(attempt[0], attempt[1], attempt[2], operator, "operator").toCompletionStage().toCompletableFuture()
          .handle((ok, e) -> e).get(30, TimeUnit.SECONDS);
      assertTrue(refused instanceof ApiException api && api.error().httpStatus() == 403, () -> attempt[1] + ": " + refused);
    }
  }

  /** Who may call what: the function-level rules of DOMAIN.md, written out once more, independently. */
  private static Set<String> allowed(String method, String path) {
    Set<String> staff = Set.of("AdminAgent", "SalesAgent", "HelpdeskAgent", "BillingAdmin");
    Set<String> buyers = Set.of("AdminAgent", "SalesAgent");
    Set<String> managers = Set.of("AdminAgent", "SalesAgent", "HelpdeskAgent");
    if (method.equals("GET") && path.equals("/v1/admin/partners")) {
      return Set.of("Operator", "SupportAgent");
    }
    if (path.startsWith("/v1/admin/")) {
      return Set.of("Operator");
    }
    if (path.startsWith("/v1/supportRequests")) {
      return Set.of("SupportAgent");
    }
    if (path.startsWith("/v1/webhooks")) {
      return Set.of("AdminAgent", "Operator");
    }
    if (path.startsWith("/v1/priceLists")) {
      return method.equals("GET") ? buyers : Set.of("AdminAgent");
    }
    if (path.startsWith("/v1/alertRules")) {
      return Set.of("AdminAgent");
    }
    if (path.equals("/v1/events")) {
      return Set.of("AdminAgent", "SalesAgent", "HelpdeskAgent", "BillingAdmin", "Operator");
    }
    if (path.startsWith("/v1/invoices") || path.startsWith("/v1/statements") || path.equals("/v1/margins")) {
      return Set.of("AdminAgent", "BillingAdmin");
    }
    if (path.startsWith("/v1/products") || path.startsWith("/v1/reservedInstances") || path.startsWith("/v1/extensions")
        || path.equals("/v1/regions")) {
      return Set.copyOf(ROLES);
    }
    if (path.contains("/agentAccess") || path.equals("/v1/partnerSupportRequests") || (method.equals("PATCH") && path.endsWith(":subscriptionId"))) {
      return Set.of("AdminAgent");
    }
    if (path.endsWith("/calculatePrice") || (method.equals("PUT") && path.endsWith("/reservationOrders/:reservationOrderId"))
        || (method.equals("PUT") && path.contains("/savingsPlanOrderAliases/")) || path.equals("/providers/Microsoft.BillingBenefits/validate")) {
      return buyers; // Azure's purchases
    }
    if (method.equals("GET") && (path.contains("/calculateExchangeOperationResults/") || path.contains("/exchangeOperationResults/"))) {
      return managers; // an exchange's quote or result
    }
    if (method.equals("GET") && !path.contains("/carts")) {
      return staff;
    }
    if (path.contains("/carts") || path.endsWith("/usage") || path.endsWith("/registrations") || path.endsWith("/orders")
        || (method.equals("POST") && (path.equals("/v1/customers") || path.endsWith("/subscriptions")))) {
      return buyers;
    }
    return managers;
  }

  @Test
  void tokenAttacks() throws Exception {
    String path = "/v1/customers";
    String issuer = platform.tokens.issuer();
    String audience = platform.tokens.audience();
    JsonObject good = TokenForge.claims(issuer, audience, DemoData.CONTOSO.id(), "AdminAgent");
    String pem = platform.keys.privateKeyPem();
    long now = System.currentTimeMillis() / 1000;
    assertEquals(200, platform.get(path, TokenForge.rs256(pem, good)).status());
    assertRefused(platform.get(path, TokenForge.unsigned(good)), 401);
    assertRefused(platform.get(path, TokenForge.hs256WithKey(platform.keys.publicKeyPem(), good)), 401);
    assertRefused(platform.get(path, TokenForge.rs256(pem, good.copy().put("exp", now - 60))), 401);
    TestPlatform.Reply early = platform.get(path, TokenForge.rs256(pem, good.copy().put("nbf", now + 600)));
    assertRefused(early, 401);
    assertTrue(early.body().contains("not valid yet"), early::toString);
    for (String claim : List.of("exp", "nbf", "iat", "iss", "aud", "tid", "sub")) {
      boolean time = List.of("exp", "nbf", "iat").contains(claim);
      for (Object odd : time ? List.of("tomorrow", String.valueOf(now + 600), new JsonObject(), true) : List.of(42, new JsonObject(), true)) {
        TestPlatform.Reply refused = platform.get(path, TokenForge.rs256(pem, good.copy().put(claim, odd)));
        assertEquals(401, refused.status(), () -> claim + "=" + odd + ": " + refused);
        assertFalse(refused.body().contains("java.") || refused.body().contains("class "), () -> claim + "=" + odd + ": " + refused);
      }
    }
    TestPlatform.Reply stringExp = platform.get(path, TokenForge.rs256(pem, good.copy().put("exp", "tomorrow")));
    assertTrue(stringExp.body().contains("exp claim must be a number"), stringExp::toString);
    TestPlatform.Reply reserved = platform.get(path, TokenForge.rs256(pem, TokenForge.claims(issuer, audience, "system", "Operator")));
    assertRefused(reserved, 401);
    assertTrue(reserved.body().contains("reserved"), reserved::toString);
    assertRefused(platform.get(path, TokenForge.rs256(pem, good.copy().put("iss", "https://evil.example"))), 401);
    assertRefused(platform.get(path, TokenForge.rs256(pem, good.copy().put("aud", "another-api"))), 401);
    DevelopmentKeys stranger = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("stranger"));
    assertRefused(platform.get(path, TokenForge.rs256(stranger.privateKeyPem(),
        new JsonObject().put("alg", "RS256").put("kid", "unknown-key"), good)), 401);
    JsonObject noTenant = good.copy();
    noTenant.remove("tid");
    assertRefused(platform.get(path, TokenForge.rs256(pem, noTenant)), 401);
    JsonObject noRoles = good.copy();
    noRoles.remove("roles");
    assertRefused(platform.get(path, TokenForge.rs256(pem, noRoles)), 401);
    assertRefused(platform.get(path, TokenForge.rs256(pem, new JsonObject().put("alg", "RS512"), good)), 401);
  }

  @Test
  void readOnlyFieldsAreIgnoredOrRefused() {
    String[] c = victim.newCustomer("readonly.example", "US");
    TestPlatform.Reply customer = platform.post("/v1/customers", victim.token, "{\"id\":\"chosen-by-attacker\","
        + "\"companyProfile\":{\"domain\":\"chosen.example\"},\"billingProfile\":{\"companyName\":\"C\",\"defaultAddress\":{\"country\":\"US\"}}}");
    assertNotEquals("chosen-by-attacker", customer.json().getString("id"));
    JsonObject line = Shop.line(0, ids.get("item"), 1, "P1Y", c[1], "single").put("unitPrice", 0.01).put("price", 0.01);
    TestPlatform.Reply cart = victim.createCart(c[0], Shop.cart(null, line));
    JsonObject order = victim.checkout(c[0], cart.json().getString("id")).json().getJsonArray("orders").getJsonObject(0);
    assertEquals(0, new BigDecimal("496.17").compareTo(new BigDecimal(order.getValue("totalPrice").toString())), "the catalog's price");
    String subscription = "/v1/customers/" + c[0] + "/subscriptions/" + c[1];
    platform.patch(subscription, victim.token, "{\"friendlyName\":\"renamed\",\"origin\":\"transferredFromEA\",\"id\":\"x\"}");
    JsonObject sub = platform.get(subscription, victim.token).json();
    assertEquals("csp", sub.getString("origin"));
    assertEquals(c[1], sub.getString("id"));
    JsonObject reservation = platform.get("/v1/customers/" + c[0] + "/reservations", victim.token).items().get(0);
    String path = Shop.path(c[0], reservation);
    for (String field : List.of("partnerIdOnRecord", "quantity", "provisioningState", "expiryDateTime", "unitPrice", "skuName")) {
      assertRefused(platform.patch(path, victim.token, new JsonObject().put(field, "x").encode()), 400);
    }
    assertEquals(reservation.getInteger("quantity"), platform.get(path, victim.token).json().getInteger("quantity"));
  }

  /** Every answer, refusals and unknown paths included, says: no sniffing, no framing, no caching. */
  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (TestPlatform.Reply reply : List.of(
        platform.get("/v1/customers", victim.token),
        platform.get("/v1/customers", null),
        platform.get("/v1/nothing-here", victim.token),
        platform.get("/health/live", null))) {
      assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
      assertEquals("no-store", reply.header("Cache-Control"), reply::toString);
      assertEquals("DENY", reply.header("X-Frame-Options"), reply::toString);
      assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), reply::toString);
    }
    // Without RVI_CORS_ORIGINS no browser origin is let in.
    TestPlatform.Reply fromBrowser = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl
        + "/v1/customers")).header("Origin", "https://portal.example").GET(), victim.token);
    assertEquals(null, fromBrowser.header("Access-Control-Allow-Origin"), fromBrowser::toString);
  }

  @Test
  void injectionStringsInEveryFilter() {
    List<String> attacks = List.of("' OR 1=1 --", "\"; DROP TABLE orders.reservation; --", "%", "_", "\\", "${jndi:ldap://x}",
        "<script>", "../../etc/passwd", "1e309", "-1", "NaN", "\u0000");
    String token = victim.token;
    String c = ids.get(":customerId");
    String agent = platform.token("operator", "SupportAgent");
    Map<String, List<String>> filters = new HashMap<>(Map.of(
        "/v1/reservedInstances?country=US&", List.of("q", "series", "armSkuName", "armRegionName", "term", "sort", "size", "minCores",
            "maxCores", "continuationToken"),
        "/v1/reservedInstances?", List.of("country"),
        "/v1/regions?", List.of("country"),
        "/v1/products?country=US&", List.of("targetView"),
        "/v1/customers/" + c + "/orders?", List.of("billingType", "size", "continuationToken"),
        "/v1/customers/" + c + "/entitlements?", List.of("entitlementType"),
        "/v1/customers/" + c + "/reservations?", List.of("reservationOrderId"),
        "/v1/customers/" + c + "/reservationRecommendations?", List.of("scope", "lookBackPeriod", "term"),
        "/v1/customers/" + c + "/benefitComparison?", List.of("lookBackPeriod", "term"),
        "/v1/customers/" + c + "/supportRequests?", List.of("status")));
    filters.put("/v1/reservations?", List.of("customerId", "resellerId", "state", "expiresAfter", "expiresBefore", "size", "continuationToken"));
    filters.put("/v1/orders?", List.of("customerId", "resellerId", "status", "size", "continuationToken"));
    filters.put("/v1/partnerSupportRequests?", List.of("customerId", "status", "size", "continuationToken"));
    List<String> failures = new ArrayList<>();
    for (var entry : filters.entrySet()) {
      for (String name : entry.getValue()) {
        for (String attack : attacks) {
          TestPlatform.Reply reply = platform.get(entry.getKey() + name + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8), token);
          if (reply.status() >= 500) {
            failures.add(name + "=" + attack + " -> " + reply);
          }
        }
      }
    }
    for (String name : List.of("status", "partner", "olderThanHours")) {
      for (String attack : attacks) {
        TestPlatform.Reply reply = platform.get("/v1/supportRequests?" + name + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8), agent);
        if (reply.status() >= 500) {
          failures.add(name + "=" + attack + " -> " + reply);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(560, platform.get("/v1/reservedInstances?country=US&size=1", token).json().getInteger("totalCount"), "catalog intact");
    assertEquals(1, platform.get("/v1/customers/" + c + "/reservations", token).json().getInteger("totalCount"), "orders intact");
  }

  @Test
  void oversizeAndDeeplyNestedBodies() {
    String c = ids.get(":customerId");
    String deep = "{\"lineItems\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertRefused(platform.post("/v1/customers/" + c + "/carts", victim.token, deep), 400);
    String wide = "{\"lineItems\":[" + "{},".repeat(30_000) + "{}]}";
    assertRefused(platform.post("/v1/customers/" + c + "/carts", victim.token, wide), 413);
    JsonArray many = new JsonArray();
    for (int i = 0; i < 51; i++) {
      many.add(Shop.line(i, ids.get("item"), 1, "P1Y", ids.get(":subscriptionId"), "single"));
    }
    assertRefused(platform.post("/v1/customers/" + c + "/carts", victim.token, new JsonObject().put("lineItems", many).encode()), 400);
  }
}
