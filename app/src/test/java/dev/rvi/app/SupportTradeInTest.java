package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Trade-ins on behalf of a customer, through support requests worked by support agents. Numbers as in SavingsPlanTest: two
 * Standard_D2s_v5 East US P1Y at 496.17 traded in on day 73 are credited 793.87, which a one-year plan covers from 0.091 an
 * hour (797.16). The last test moves the clock past a year.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportTradeInTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static String agent;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    agent = platform.token("operator", "SupportAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), () -> "expected " + expected + " but was " + actual);
  }

  /** A trade-in request for {@code quantity} instances (all when null) for a one-year plan billed to {@code subscription}. */
  private static String filing(JsonObject reservation, Integer quantity, String subscription, Object hourly) {
    JsonObject plan = new JsonObject().put("term", "P1Y").put("billingPlan", "Upfront").put("appliedScopeType", "shared")
        .put("subscriptionId", subscription);
    if (hourly != null) {
      plan.put("commitment", new JsonObject().put("amount", hourly).put("currencyCode", "USD").put("grain", "Hourly"));
    }
    return new JsonObject(SupportFlowTest.filing(reservation, "tradeIn", quantity)).put("tradeInTarget", new JsonObject().put("savingsPlan", plan))
        .encode();
  }

  private static TestPlatform.Reply file(String token, String customer, String body) {
    return platform.post("/v1/customers/" + customer + "/supportRequests", token, body);
  }

  private static TestPlatform.Reply work(String id, String step, String body) {
    return platform.post("/v1/supportRequests/" + id + "/" + step, agent, body);
  }

  private static List<JsonObject> plans(String customer) {
    return platform.get("/v1/customers/" + customer + "/savingsPlans", contoso.token).items();
  }

  private static int quantity(String customer, JsonObject reservation) {
    return platform.get(Shop.path(customer, reservation), contoso.token).json().getInteger("quantity");
  }

  @Test
  @Order(1)
  void anApprovedTradeInReducesTheReservationAndBuysThePlanOnce() throws Exception {
    String[] c = contoso.newCustomer("support-trade.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(73).plusHours(1));

    TestPlatform.Reply filed = file(contoso.token, c[0], filing(reservation, 2, c[1], null));
    assertEquals(201, filed.status(), filed::toString);
    String id = filed.json().getString("id");
    assertEquals("tradeIn", filed.json().getString("requestedAction"));
    assertEquals(new JsonObject().put("term", "P1Y").put("billingPlan", "Upfront").put("appliedScopeType", "Shared").put("subscriptionId", c[1]),
        filed.json().getJsonObject("tradeInTarget"));
    work(id, "assign", "");

    // Approvals at once: one trade-in, every one answered with it.
    for (TestPlatform.Reply approved : AtOnce.send(4, () -> work(id, "approve", ""))) {
      assertEquals(200, approved.status(), approved::toString);
    }
    JsonObject done = platform.get("/v1/supportRequests/" + id, agent).json();
    assertEquals("completed", done.getString("status"));
    JsonObject result = done.getJsonObject("result");
    assertMoney("793.87", result.getJsonObject("credit").getValue("amount"));
    assertMoney("797.16", result.getJsonObject("totalCommitment").getValue("amount"));
    assertEquals(new JsonArray().add(reservation.getString("id")), result.getJsonObject("savingsPlan").getJsonArray("tradedInReservations"));

    assertEquals(1, quantity(c[0], reservation), "two of three traded in");
    List<JsonObject> plans = plans(c[0]);
    assertEquals(1, plans.size());
    assertEquals(new JsonArray().add(reservation.getString("id")), plans.get(0).getJsonArray("tradedInReservations"));
    assertMoney("0.091", plans.get(0).getJsonObject("commitment").getValue("amount"));
    assertEquals("Shared", plans.get(0).getString("appliedScopeType"));

    TestPlatform.Reply again = work(id, "approve", "");
    assertEquals(200, again.status(), again::toString);
    assertEquals(result, again.json().getJsonObject("result"));
    assertEquals(1, quantity(c[0], reservation));
    assertEquals(1, plans(c[0]).size(), "a second approval changes nothing");
    JsonObject partnerView = platform.get("/v1/customers/" + c[0] + "/supportRequests/" + id, contoso.token).json();
    assertEquals(List.of("created", "assigned", "approved", "completed"),
        partnerView.getJsonArray("history").stream().map(e -> ((JsonObject) e).getString("kind")).toList());
  }

  @Test
  @Order(2)
  void refusalsAreGivenWithTheirReasonAndChangeNothing() {
    String[] c = contoso.newCustomer("support-trade-refused.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(73).plusHours(1));

    // At filing: the reservation must be the partner's and hold the quantity; the plan must be named.
    Shop fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    String[] theirs = fabrikam.newCustomer("support-trade-other.example", "US");
    assertRefused(file(fabrikam.token, theirs[0], filing(reservation, 1, theirs[1], null)), 404);
    assertRefused(file(fabrikam.token, c[0], filing(reservation, 1, c[1], null)), 404);
    JsonObject tooMany = assertRefused(file(contoso.token, c[0], filing(reservation, 3, c[1], null)), 400);
    assertTrue(tooMany.getString("description").contains("quantity must be 1 to 2"), tooMany::encode);
    JsonObject noPlan = assertRefused(file(contoso.token, c[0], SupportFlowTest.filing(reservation, "tradeIn", 1)), 400);
    assertTrue(noPlan.getString("description").contains("savingsPlan"), noPlan::encode);
    assertRefused(file(contoso.token, c[0], new JsonObject(filing(reservation, 1, c[1], null)).put("tradeInTarget", new JsonObject()
        .put("savingsPlan", new JsonObject().put("term", "P2Y").put("subscriptionId", c[1]))).encode()), 400);
    assertRefused(file(contoso.token, c[0], filing(reservation, 1, c[1], "lots")), 400);

    // At approval: a commitment below the credit's minimum is the order service's refusal; the request stays open with it.
    String id = file(contoso.token, c[0], filing(reservation, 2, c[1], 0.09)).json().getString("id");
    work(id, "assign", "");
    JsonObject refused = assertRefused(work(id, "approve", ""), 422);
    assertTrue(refused.getString("description").contains("at least 0.091 USD an hour"), refused::encode);
    JsonObject open = platform.get("/v1/supportRequests/" + id, agent).json();
    assertEquals("inProgress", open.getString("status"));
    assertTrue(open.getString("policyError").contains("at least 0.091 USD an hour"), open::encode);
    assertEquals(2, quantity(c[0], reservation));
    assertEquals(0, plans(c[0]).size());

    // Rejected, then closed: approval does nothing.
    assertEquals("rejected", work(id, "reject", "{\"reason\":\"the commitment is too small\"}").json().getString("status"));
    assertRefused(work(id, "approve", ""), 409);
    assertEquals("closed", work(id, "close", "").json().getString("status"));
    assertRefused(work(id, "approve", ""), 409);
    assertEquals(2, quantity(c[0], reservation));
    assertEquals(0, plans(c[0]).size());
  }

  @Test
  @Order(3)
  void anExpiredReservationIsRefusedAtApproval() {
    String[] c = contoso.newCustomer("support-trade-expired.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(366));

    String id = file(contoso.token, c[0], filing(reservation, null, c[1], null)).json().getString("id");
    work(id, "assign", "");
    JsonObject refused = assertRefused(work(id, "approve", ""), 422);
    assertTrue(refused.getString("description").contains("has expired"), refused::encode);
    assertEquals("inProgress", platform.get("/v1/supportRequests/" + id, agent).json().getString("status"));
    assertEquals(1, quantity(c[0], reservation));
    assertEquals(0, plans(c[0]).size());
  }
}
