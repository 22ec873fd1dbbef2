package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sales or helpdesk agent without explicit access to a customer's subscription sees nothing bought on it: not its
 * reservations, and not its orders, entitlements or support requests either (or invoices, which need a billing role).
 * Once an admin agent grants access, the same agent sees them. And webhooks and alert rules refuse another partner's
 * customers (404, nothing made).
 */
class AgentAccessTest {
  private static final String AGENT = "no.access@contoso.example";
  private static TestPlatform platform;
  private static Shop contoso;
  private static String customer;
  private static String subscription;
  private static String orderId;
  private static String artifact;
  private static String supportRequest;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("agent-access.example", "US");
    customer = c[0];
    subscription = c[1];
    TestPlatform.Reply bought = contoso.buy(customer, null,
        Shop.line(0, contoso.item("Standard_D2s_v5", "westus2", "P1Y"), 1, "P1Y", subscription, "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    JsonObject order = bought.json().getJsonArray("orders").getJsonObject(0);
    orderId = order.getString("id");
    JsonObject entitlement = platform.get("/v1/customers/" + customer + "/entitlements", contoso.token).items().get(0);
    artifact = entitlement.getJsonArray("entitledArtifacts").getJsonObject(0).getJsonObject("link").getString("uri");
    JsonObject reservation = platform.get("/v1/customers/" + customer + "/reservations", contoso.token).items().get(0);
    TestPlatform.Reply filed = platform.post("/v1/customers/" + customer + "/supportRequests", contoso.token,
        SupportFlowTest.filing(reservation, "refund", 1));
    assertEquals(201, filed.status(), filed::toString);
    supportRequest = filed.json().getString("id");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String c(String rest) {
    return "/v1/customers/" + customer + rest;
  }

  @Test
  void withoutAccessAnAgentSeesNothingBoughtOnTheSubscription() {
    for (String role : List.of("SalesAgent", "HelpdeskAgent")) {
      String agent = platform.tokenOf(DemoData.CONTOSO.id(), AGENT, role);
      assertEquals(0, platform.get(c("/reservations"), agent).json().getInteger("totalCount"), role);
      assertEquals(0, platform.get(c("/orders"), agent).json().getInteger("totalCount"), role);
      assertRefused(platform.get(c("/orders/" + orderId), agent), 403);
      assertRefused(platform.get(c("/orders/" + orderId + "/provisioningstatus"), agent), 403);
      assertEquals(0, platform.get(c("/entitlements"), agent).json().getInteger("totalCount"), role);
      assertRefused(platform.get(artifact, agent), 404);
      assertEquals(0, platform.get(c("/supportRequests"), agent).json().getInteger("totalCount"), role);
      assertRefused(platform.get(c("/supportRequests/" + supportRequest), agent), 403);
      assertRefused(platform.get("/v1/invoices", agent), 403);
    }
    // Admin agents and billing admins see all of it.
    String billing = platform.tokenOf(DemoData.CONTOSO.id(), "billing@contoso.example", "BillingAdmin");
    assertEquals(1, platform.get(c("/orders"), billing).json().getInteger("totalCount"));
    assertEquals(200, platform.get(c("/orders/" + orderId), contoso.token).status());
    assertEquals(200, platform.get(c("/supportRequests/" + supportRequest), contoso.token).status());
  }

  @Test
  void withAccessTheSameAgentSeesIt() {
    String user = "granted.agent@contoso.example";
    String agent = platform.tokenOf(DemoData.CONTOSO.id(), user, "HelpdeskAgent");
    assertRefused(platform.get(c("/orders/" + orderId), agent), 403);
    assertEquals(200, platform.put(c("/subscriptions/" + subscription + "/agentAccess/" + user), contoso.token, "").status());
    assertEquals(1, platform.get(c("/orders"), agent).json().getInteger("totalCount"));
    assertEquals(orderId, platform.get(c("/orders/" + orderId), agent).json().getString("id"));
    assertEquals(200, platform.get(c("/orders/" + orderId + "/provisioningstatus"), agent).status());
    assertEquals(1, platform.get(c("/entitlements"), agent).json().getInteger("totalCount"));
    assertEquals(200, platform.get(artifact, agent).status());
    assertEquals(1, platform.get(c("/supportRequests"), agent).json().getInteger("totalCount"));
    assertEquals(supportRequest, platform.get(c("/supportRequests/" + supportRequest), agent).json().getString("id"));
  }

  @Test
  void webhooksAndAlertRulesRefuseAnotherPartnersCustomers() {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    String url = "http://127.0.0.1:9/hook";
    int webhooks = platform.get("/v1/webhooks", fabrikam).json().getInteger("totalCount");
    int rules = platform.get("/v1/alertRules", fabrikam).json().getInteger("totalCount");
    JsonArray contosos = new JsonArray().add(customer);
    JsonArray mixed = new JsonArray().add(DemoCustomers.DATUM.id()).add(customer);

    assertRefused(platform.post("/v1/webhooks", fabrikam, new JsonObject().put("url", url).put("events", new JsonArray().add("order.completed"))
        .put("customerIds", contosos).encode()), 404);
    assertRefused(platform.post("/v1/webhooks", fabrikam, new JsonObject().put("url", url).put("events", new JsonArray().add("order.completed"))
        .put("customerIds", mixed).encode()), 404);
    assertRefused(platform.post("/v1/alertRules", fabrikam, new JsonObject().put("type", "utilization.low").put("thresholdPercent", 80)
        .put("window", "P7D").put("frequency", "daily").put("customerIds", contosos).encode()), 404);
    assertEquals(webhooks, platform.get("/v1/webhooks", fabrikam).json().getInteger("totalCount"), "no webhook made");
    assertEquals(rules, platform.get("/v1/alertRules", fabrikam).json().getInteger("totalCount"), "no rule made");

    TestPlatform.Reply own = platform.post("/v1/webhooks", fabrikam, new JsonObject().put("url", url)
        .put("events", new JsonArray().add("order.completed")).put("customerIds", new JsonArray().add(DemoCustomers.DATUM.id())).encode());
    assertEquals(201, own.status(), own::toString);
    String id = own.json().getString("id");
    assertRefused(platform.patch("/v1/webhooks/" + id, fabrikam, new JsonObject().put("customerIds", contosos).encode()), 404);
    assertEquals(List.of(DemoCustomers.DATUM.id()), platform.get("/v1/webhooks/" + id, fabrikam).json().getJsonArray("customerIds").getList(),
        "unchanged");
    assertEquals(201, platform.post("/v1/alertRules", fabrikam, new JsonObject().put("type", "utilization.low").put("thresholdPercent", 80)
        .put("window", "P7D").put("frequency", "daily").put("customerIds", new JsonArray().add(DemoCustomers.DATUM.id())).encode()).status());
  }
}
