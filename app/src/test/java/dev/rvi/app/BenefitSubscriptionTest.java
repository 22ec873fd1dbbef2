package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A savings plan in the customer's subscription list, as Partner Center lists one (unit type and billing type Benefit),
 * answered by the directory from what the order service told it: the line's fields, a rename and auto-renewal followed,
 * changes and registration as a subscription refused, agents' access, another partner's 404, and the line of a renewed
 * plan beside its successor's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenefitSubscriptionTest {
  private static final String ONE_YEAR_PLAN = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static final String THREE_YEAR_PLAN = "DZH318Z09V6F:0002:DZH318Z0BLD4";
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static JsonObject buyPlan(String customer, String subscription, String item, String term, String cycle, double hourly) {
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", item).put("quantity", 1).put("billingCycle", cycle)
        .put("termDuration", term).put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", subscription))
        .put("purchaseCommitment", new JsonObject().put("amount", hourly).put("grain", "hourly").put("currency", "USD"));
    TestPlatform.Reply bought = shop.buy(customer, null, line);
    assertEquals(201, bought.status(), bought::toString);
    return bought.json().getJsonArray("orders").getJsonObject(0);
  }

  private static JsonObject plan(String customer, String planOrderId) {
    return platform.get("/v1/customers/" + customer + "/savingsPlans", shop.token).items().stream()
        .filter(p -> p.getString("savingsPlanOrderId").equals(planOrderId)).findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  void aSavingsPlanIsListedAsABenefitSubscription() {
    String[] c = shop.newCustomer("benefit-line.example", "US");
    String subscriptions = "/v1/customers/" + c[0] + "/subscriptions";
    JsonObject azure = platform.get(subscriptions + "/" + c[1], shop.token).json();
    JsonObject order = buyPlan(c[0], c[1], ONE_YEAR_PLAN, "P1Y", "one_time", 0.05);
    JsonObject plan = plan(c[0], order.getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId"));

    TestPlatform.Reply listed = platform.get(subscriptions, shop.token);
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(2, listed.json().getInteger("totalCount"), listed::toString);
    assertEquals(azure, listed.items().get(0), "the Azure subscription first, as it was");
    JsonObject line = listed.items().get(1);
    assertEquals(plan.getString("id"), line.getString("id"));
    assertEquals(c[0], line.getString("customerId"));
    assertEquals(ONE_YEAR_PLAN, line.getString("offerId"));
    assertEquals("Azure savings plan", line.getString("offerName"));
    assertEquals("DZH318Z09V6F", line.getString("productId"));
    assertEquals("0001", line.getString("skuId"));
    assertEquals(plan.getString("savingsPlanOrderId"), line.getString("entitlementId"));
    assertEquals(plan.getString("displayName"), line.getString("friendlyName"));
    assertEquals(1, line.getInteger("quantity"));
    assertEquals("Benefit", line.getString("unitType"));
    assertEquals("benefit", line.getString("billingType"));
    assertEquals("active", line.getString("status"));
    assertEquals(false, line.getBoolean("autoRenewEnabled"));
    assertEquals(plan.getString("purchaseDateTime"), line.getString("creationDate"));
    assertEquals(plan.getString("effectiveDateTime"), line.getString("effectiveStartDate"));
    assertEquals(plan.getString("expiryDateTime"), line.getString("commitmentEndDate"));
    assertEquals("P1Y", line.getString("termDuration"));
    assertEquals("one_time", line.getString("billingCycle"));
    assertEquals(order.getString("id"), line.getString("orderId"));
    assertEquals("Subscription", line.getJsonObject("attributes").getString("objectType"));
    assertEquals(line, platform.get(subscriptions + "/" + plan.getString("id"), shop.token).json(), "one line is answered by id");
    TestPlatform.Reply linked = platform.get(line.getJsonObject("links").getJsonObject("savingsPlan").getString("uri"), shop.token);
    assertEquals(plan.getString("id"), linked.json().getString("id"), linked::toString);

    // Renamed and set to renew through the plan: the line follows at once.
    String planPath = "/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id");
    assertEquals(200, platform.patch(planPath, shop.token, "{\"properties\":{\"displayName\":\"compute-base\",\"renew\":true}}").status());
    JsonObject renamed = platform.get(subscriptions + "/" + plan.getString("id"), shop.token).json();
    assertEquals("compute-base", renamed.getString("friendlyName"));
    assertEquals(true, renamed.getBoolean("autoRenewEnabled"));
    assertEquals(line.put("friendlyName", "compute-base").put("autoRenewEnabled", true), renamed, "nothing else changed");
    assertEquals(List.of(azure, renamed), platform.get(subscriptions, shop.token).items());

    // A monthly three-year plan: its own line, after the first.
    JsonObject monthly = buyPlan(c[0], c[1], THREE_YEAR_PLAN, "P3Y", "monthly", 0.02);
    TestPlatform.Reply three = platform.get(subscriptions, shop.token);
    assertEquals(3, three.json().getInteger("totalCount"));
    JsonObject second = three.items().get(2);
    assertEquals(monthly.getString("id"), second.getString("orderId"));
    assertEquals("0002", second.getString("skuId"));
    assertEquals("P3Y", second.getString("termDuration"));
    assertEquals("monthly", second.getString("billingCycle"));
  }

  @Test
  @Order(2)
  void aPlansLineIsNotChangedOrRegisteredAsASubscription() {
    String[] c = shop.newCustomer("benefit-refused.example", "US");
    JsonObject order = buyPlan(c[0], c[1], ONE_YEAR_PLAN, "P1Y", "one_time", 0.01);
    String id = plan(c[0], order.getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId")).getString("id");
    String line = "/v1/customers/" + c[0] + "/subscriptions/" + id;

    TestPlatform.Reply renamed = platform.patch(line, shop.token, "{\"friendlyName\":\"other\"}");
    assertRefused(renamed, 400);
    assertTrue(renamed.body().contains("savingsPlans/" + id), renamed::toString);
    assertRefused(platform.patch(line, shop.token, "{\"status\":\"suspended\"}"), 400);
    assertRefused(platform.post(line + "/registrations", shop.token, ""), 400);
    assertRefused(platform.get(line + "/registrationstatus", shop.token), 400);
    assertEquals("active", platform.get(line, shop.token).json().getString("status"), "the line is as it was");

    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.get("/v1/customers/" + c[0] + "/subscriptions", fabrikam), 404);
    assertRefused(platform.get(line, fabrikam), 404);
    assertRefused(platform.patch(line, fabrikam, "{\"friendlyName\":\"other\"}"), 404);
    assertRefused(platform.post(line + "/registrations", fabrikam, ""), 404);
    String[] theirs = new Shop(platform, fabrikam).newCustomer("benefit-theirs.example", "US");
    assertRefused(platform.get("/v1/customers/" + theirs[0] + "/subscriptions/" + id, fabrikam), 404);
  }

  @Test
  @Order(3)
  void anAgentSeesAPlansLineOnlyWithAccessToTheSubscriptionBilled() {
    String[] c = shop.newCustomer("benefit-agent.example", "US");
    JsonObject order = buyPlan(c[0], c[1], ONE_YEAR_PLAN, "P1Y", "one_time", 0.01);
    String id = plan(c[0], order.getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId")).getString("id");
    String subscriptions = "/v1/customers/" + c[0] + "/subscriptions";
    String user = "sam." + c[0] + "@contoso.example";
    String agent = platform.tokenOf(DemoData.CONTOSO.id(), user, "SalesAgent");

    TestPlatform.Reply unseen = platform.get(subscriptions, agent);
    assertEquals(1, unseen.json().getInteger("totalCount"), unseen::toString);
    assertEquals(c[1], unseen.items().get(0).getString("id"));
    assertRefused(platform.get(subscriptions + "/" + id, agent), 403);

    assertEquals(200, platform.put(subscriptions + "/" + c[1] + "/agentAccess/" + user, shop.token, "").status());
    TestPlatform.Reply seen = platform.get(subscriptions, agent);
    assertEquals(2, seen.json().getInteger("totalCount"), seen::toString);
    assertEquals(id, seen.items().get(1).getString("id"));
    assertEquals(200, platform.get(subscriptions + "/" + id, agent).status());
    String billing = platform.tokenOf(DemoData.CONTOSO.id(), "bill." + c[0] + "@contoso.example", "BillingAdmin");
    assertEquals(2, platform.get(subscriptions, billing).json().getInteger("totalCount"), "a billing admin reads every plan");
  }

  @Test
  @Order(4)
  void aRenewedPlansLineExpiresBesideItsSuccessors() throws Exception {
    String[] c = shop.newCustomer("benefit-renewed.example", "US");
    JsonObject order = buyPlan(c[0], c[1], ONE_YEAR_PLAN, "P1Y", "one_time", 0.03);
    JsonObject plan = plan(c[0], order.getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId"));
    assertEquals(200, platform.patch("/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id"), shop.token,
        "{\"renew\":true}").status());
    Instant expiry = Instant.parse(plan.getString("expiryDateTime"));
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));

    List<JsonObject> lines = platform.get("/v1/customers/" + c[0] + "/subscriptions", shop.token).items();
    assertEquals(3, lines.size(), () -> lines.toString());
    JsonObject old = lines.get(1);
    JsonObject successor = lines.get(2);
    assertEquals(plan.getString("id"), old.getString("id"));
    assertEquals("expired", old.getString("status"));
    assertEquals("active", successor.getString("status"));
    assertEquals(old.getString("commitmentEndDate"), successor.getString("effectiveStartDate"), "the new term starts where the old ended");
    assertEquals(old.getString("friendlyName"), successor.getString("friendlyName"));
    assertEquals(false, successor.getBoolean("autoRenewEnabled"), "auto-renew is not inherited");
    assertEquals("Benefit", successor.getString("unitType"));
  }
}
