package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refunds and exchanges on behalf of a customer, through support requests worked by support agents. */
class SupportFlowTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static String agent;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", platform.clock.instant().minus(Duration.ofDays(1)));
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    agent = platform.token("operator", "SupportAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String helpdesk(String user) {
    return TokenForge.rs256(platform.keys.privateKeyPem(), TokenForge.claims(platform.tokens.issuer(), platform.tokens.audience(),
        DemoData.CONTOSO.id(), "HelpdeskAgent").put("sub", user));
  }

  static String filing(JsonObject reservation, String action, Integer quantity) {
    JsonObject body = new JsonObject().put("issueType", "Billing").put("problemType", "ReservationManagement")
        .put("category", "ExchangeAndRefund").put("reservationId", reservation.getString("id"))
        .put("reservationOrderId", reservation.getString("reservationOrderId")).put("requestedAction", action)
        .put("contact", new JsonObject().put("preferredContactMethod", "email").put("name", "Pat Doe").put("email", "pat@example.com")
            .put("language", "en-US").put("timeZone", "UTC"))
        .put("description", "The workload moved; please cancel.");
    if (quantity != null) {
      body.put("quantity", quantity);
    }
    return body.encode();
  }

  private TestPlatform.Reply file(String token, String customer, String body) {
    return platform.post("/v1/customers/" + customer + "/supportRequests", token, body);
  }

  private TestPlatform.Reply work(String id, String step, String body) {
    return platform.post("/v1/supportRequests/" + id + "/" + step, agent, body);
  }

  private int creditLines(String reservationOrderId) {
    String billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    int count = 0;
    for (JsonObject invoice : platform.get("/v1/invoices", billing).items()) {
      for (JsonObject line : platform.get("/v1/invoices/" + invoice.getString("id") + "/lineitems", billing).items()) {
        if (line.getString("reservationOrderId").equals(reservationOrderId) && line.getString("chargeType").equals("refund")) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void theWholeSeedFlowFromReservationToCreditLine() {
    String[] c = contoso.newCustomer("support-a.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(10));
    String desk = helpdesk("desk@contoso.example");
    assertRefused(file(desk, c[0], filing(reservation, "refund", null)), 403);
    assertEquals(200, platform.put("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess/desk@contoso.example",
        contoso.token, "").status());

    TestPlatform.Reply filed = file(desk, c[0], filing(reservation, "refund", null));
    assertEquals(201, filed.status(), filed::toString);
    JsonObject request = filed.json();
    String id = request.getString("id");
    assertEquals("new", request.getString("status"));
    assertEquals(reservation.getString("id"), request.getString("reservationId"));
    assertEquals(reservation.getString("reservationOrderId"), request.getString("reservationOrderId"));
    assertEquals("Billing", request.getString("issueType"));
    assertEquals("email", request.getJsonObject("contact").getString("preferredContactMethod"));

    List<JsonObject> queue = platform.get("/v1/supportRequests?status=new&partner=" + DemoData.CONTOSO.id(), agent).items();
    assertTrue(queue.stream().anyMatch(q -> q.getString("id").equals(id)));
    assertEquals("inProgress", work(id, "assign", "").json().getString("status"));
    assertEquals(200, work(id, "notes", "{\"text\":\"checked usage, fine\",\"visibility\":\"internal\"}").status());
    assertEquals(200, work(id, "notes", "{\"text\":\"We are processing your refund.\",\"visibility\":\"partner\"}").status());
    TestPlatform.Reply approved = work(id, "approve", "");
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("completed", approved.json().getString("status"));

    JsonObject after = platform.get(Shop.path(c[0], reservation), contoso.token).json();
    assertEquals(0, after.getInteger("quantity"));
    assertEquals("Cancelled", after.getString("displayProvisioningState"));
    assertEquals(1, creditLines(reservation.getString("reservationOrderId")));

    // Both sides read the history; internal notes stay with the support agents.
    JsonObject partnerView = platform.get("/v1/customers/" + c[0] + "/supportRequests/" + id, contoso.token).json();
    List<String> partnerKinds = partnerView.getJsonArray("history").stream().map(e -> ((JsonObject) e).getString("kind")).toList();
    assertEquals(List.of("created", "assigned", "note", "approved", "completed"), partnerKinds);
    assertFalse(partnerView.encode().contains("checked usage"));
    JsonObject agentView = platform.get("/v1/supportRequests/" + id, agent).json();
    assertEquals(6, agentView.getJsonArray("history").size());
    assertTrue(agentView.encode().contains("checked usage"));
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/supportRequests", contoso.token).json().getInteger("totalCount"));

    assertEquals("closed", work(id, "close", "").json().getString("status"));
    assertRefused(work(id, "approve", ""), 409);
  }

  @Test
  void aDuplicateOrConcurrentApprovalRefundsOnce() throws Exception {
    String[] c = contoso.newCustomer("support-b.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "westus2", "P1Y"), 3, "P1Y", "Shared");
    String id = file(contoso.token, c[0], filing(reservation, "refund", 1)).json().getString("id");
    assertRefused(work(id, "approve", ""), 409);
    work(id, "assign", "{\"assignee\":\"agent-2\"}");
    for (TestPlatform.Reply approved : AtOnce.send(5, () -> work(id, "approve", ""))) {
      assertEquals(200, approved.status(), approved::toString);
    }
    assertEquals(200, work(id, "approve", "").status());
    assertEquals(2, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of three returned, once");
    assertEquals(1, creditLines(reservation.getString("reservationOrderId")));
  }

  /** A monthly reservation goes through the desk's refund path too: the payment made comes back, the rest is cancelled. */
  @Test
  void aMonthlyReservationIsRefundedThroughSupportToo() {
    String[] c = contoso.newCustomer("support-monthly.example", "US");
    JsonObject reservation = contoso.monthlyReservation(c[0], c[1], contoso.item("Standard_D4s_v5", "westus2", "P1Y"), 2, "P1Y");
    String order = reservation.getString("reservationOrderId");
    assertEquals("Monthly", reservation.getString("billingPlan"));
    String id = file(contoso.token, c[0], filing(reservation, "refund", 1)).json().getString("id");
    work(id, "assign", "{\"assignee\":\"agent-3\"}");
    TestPlatform.Reply approved = work(id, "approve", "");
    assertEquals(200, approved.status(), approved::toString);
    assertEquals(1, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"));
    assertEquals(1, creditLines(order));
  }

  @Test
  void theCapReachedAtApprovalKeepsTheRequestOpen() {
    String[] c = contoso.newCustomer("support-cap.example", "US");
    String d16 = contoso.item("Standard_D16s_v5", "eastus", "P1Y");
    JsonObject big = contoso.reservation(c[0], c[1], d16, 19, "P1Y", "Shared");
    JsonObject other = contoso.reservation(c[0], c[1], d16, 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(100).plusHours(1));
    String id = file(contoso.token, c[0], filing(other, "refund", 1)).json().getString("id");
    work(id, "assign", "");
    // Meanwhile the partner returns 18 instances itself: 18 x 2,650 = 47,700 of the 50,000.
    String session = contoso.calculateRefund(c[0], big, 18).json().getString("sessionId");
    assertEquals(200, contoso.returnWith(c[0], big, 18, session).status());

    TestPlatform.Reply refused = work(id, "approve", "");
    assertRefused(refused, 422);
    JsonObject open = platform.get("/v1/supportRequests/" + id, agent).json();
    assertEquals("inProgress", open.getString("status"));
    assertTrue(open.getString("policyError").contains("over the limit"), open::toString);
    assertTrue(open.getJsonArray("history").stream().anyMatch(e -> ((JsonObject) e).getString("kind").equals("policyRefused")));
    assertEquals(1, platform.get(Shop.path(c[0], other), contoso.token).json().getInteger("quantity"), "nothing refunded");
    assertEquals("rejected", work(id, "reject", "{\"reason\":\"the yearly cancellation limit is reached\"}").json().getString("status"));
  }

  @Test
  void anExchangeRequestIsCarriedOutOnApproval() {
    String[] c = contoso.newCustomer("support-x.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    JsonObject body = new JsonObject(filing(reservation, "exchange", null)).put("exchangeTarget", new JsonObject()
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", contoso.item("Standard_D8s_v5", "eastus", "P1Y"))
            .put("quantity", 1).put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("subscriptionId", c[1]).put("scope", "Shared")))));
    String id = file(contoso.token, c[0], body.encode()).json().getString("id");
    work(id, "assign", "");
    TestPlatform.Reply approved = work(id, "approve", "");
    assertEquals("completed", approved.json().getString("status"), approved::toString);
    List<JsonObject> reservations = platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items();
    assertTrue(reservations.stream().anyMatch(r -> r.getString("skuName").equals("Standard_D8s_v5") && r.getInteger("quantity") == 1));
    assertEquals("Exchanged", platform.get(Shop.path(c[0], reservation), contoso.token).json().getString("displayProvisioningState"));
  }

  @Test
  void aMonthlyReservationIsExchangedThroughSupportIntoAMonthlyOne() {
    String[] c = contoso.newCustomer("support-x-monthly.example", "US");
    JsonObject reservation = contoso.monthlyReservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y");
    JsonObject body = new JsonObject(filing(reservation, "exchange", null)).put("exchangeTarget", new JsonObject()
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", contoso.item("Standard_D8s_v5", "eastus", "P1Y"))
            .put("quantity", 1).put("termDuration", "P1Y").put("billingPlan", "Monthly")
            .put("provisioningContext", new JsonObject().put("subscriptionId", c[1]).put("scope", "Shared")))));
    String id = file(contoso.token, c[0], body.encode()).json().getString("id");
    work(id, "assign", "");
    TestPlatform.Reply approved = work(id, "approve", "");
    assertEquals("completed", approved.json().getString("status"), approved::toString);
    JsonObject bigger = platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items().stream()
        .filter(r -> r.getString("skuName").equals("Standard_D8s_v5")).findFirst().orElseThrow();
    assertEquals("Monthly", bigger.getString("billingPlan"));
    assertEquals("Exchanged", platform.get(Shop.path(c[0], reservation), contoso.token).json().getString("displayProvisioningState"));
  }

  @Test
  void whoMayDoWhat() {
    String[] c = contoso.newCustomer("support-roles.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String filingBody = filing(reservation, "refund", null);
    assertRefused(file(platform.token(DemoData.CONTOSO.id(), "SalesAgent"), c[0], filingBody), 403);
    assertRefused(file(platform.token(DemoData.CONTOSO.id(), "BillingAdmin"), c[0], filingBody), 403);
    assertRefused(file(platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), c[0], filingBody), 404);
    assertRefused(file(contoso.token, c[0], new JsonObject(filingBody).put("issueType", "Technical").encode()), 400);
    assertRefused(file(contoso.token, c[0], new JsonObject(filingBody).put("requestedAction", "cancelEverything").encode()), 400);
    assertRefused(file(contoso.token, c[0], new JsonObject(filingBody).put("contact", new JsonObject().put("preferredContactMethod", "phone")
        .put("name", "Pat")).encode()), 400);
    assertRefused(file(contoso.token, c[0], new JsonObject(filingBody).put("quantity", 2).encode()), 400);
    JsonObject badEmail = assertRefused(file(contoso.token, c[0], new JsonObject(filingBody).put("contact", new JsonObject()
        .put("preferredContactMethod", "email").put("name", "Pat").put("email", "not-an-email")).encode()), 400);
    assertTrue(badEmail.getString("description").contains("not an email address"), badEmail::encode);
    String id = file(contoso.token, c[0], filingBody).json().getString("id");

    assertRefused(platform.get("/v1/customers/" + c[0] + "/supportRequests/" + id, platform.token(DemoData.FABRIKAM.id(), "AdminAgent")), 404);
    assertRefused(platform.get("/v1/supportRequests", contoso.token), 403);
    assertRefused(platform.post("/v1/supportRequests/" + id + "/approve", contoso.token, ""), 403);
    assertRefused(platform.post("/v1/customers/" + c[0] + "/carts", agent, Shop.cart(null,
        Shop.line(0, contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", c[1], "single"))), 403);
    assertRefused(platform.get("/v1/supportRequests?status=pending", agent), 400);
    assertRefused(work(id, "close", ""), 409);
    assertRefused(work(id, "reject", "{}"), 400);
    assertRefused(work(id, "notes", "{\"text\":\"x\",\"visibility\":\"everyone\"}"), 400);
    assertRefused(work("no-such-request", "assign", ""), 404);
    assertTrue(platform.get("/v1/supportRequests?olderThanHours=1", agent).items().stream().noneMatch(r -> r.getString("id").equals(id)),
        "age filter: filed just now");
    assertEquals(Instant.class, Instant.parse(platform.get("/v1/supportRequests/" + id, agent).json().getString("createdDate")).getClass());
  }
}
