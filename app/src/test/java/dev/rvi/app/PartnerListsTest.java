package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists across a partner's customers (issue #28): reservations with filters by customer, reseller, state and expiry
 * window; orders by customer, reseller and status; the partner's support requests and a partner's note; who has agent
 * access to a subscription. Each checked against the caller's partner: another partner's customer or reseller is a 404,
 * a bad filter a 400, and an agent sees only what it was given access to.
 */
class PartnerListsTest {
  private static final String AGENT = "lists.agent@contoso.example";
  private static TestPlatform platform;
  private static Shop contoso;
  private static String[] first;
  private static String[] second;
  private static JsonObject reservation;
  private static String request;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    first = contoso.newCustomer("lists-one.example", "US");
    second = contoso.newCustomer("lists-two.example", "US");
    String item = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
    reservation = contoso.reservation(first[0], first[1], item, 2, "P1Y", "Shared");
    contoso.reservation(second[0], second[1], item, 1, "P1Y", "Shared");
    TestPlatform.Reply filed = platform.post("/v1/customers/" + first[0] + "/supportRequests", contoso.token,
        SupportFlowTest.filing(reservation, "refund", 1));
    assertEquals(201, filed.status(), filed::toString);
    request = filed.json().getString("id");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static List<String> ids(TestPlatform.Reply reply, String field) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.items().stream().map(i -> i.getString(field)).toList();
  }

  @Test
  void reservationsAcrossCustomersAreFilteredByCustomerStateAndExpiry() {
    TestPlatform.Reply all = platform.get("/v1/reservations?size=1000", contoso.token);
    List<String> customers = ids(all, "customerId");
    assertTrue(customers.contains(first[0]) && customers.contains(second[0]), all::toString);
    assertEquals(all.json().getInteger("totalCount"), all.items().size());

    TestPlatform.Reply one = platform.get("/v1/reservations?customerId=" + first[0], contoso.token);
    assertEquals(List.of(reservation.getString("id")), ids(one, "id"));
    assertEquals(1, one.json().getInteger("totalCount"));
    assertEquals(1, platform.get("/v1/reservations?customerId=" + first[0] + "&state=Succeeded", contoso.token).json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/reservations?customerId=" + first[0] + "&state=Expired", contoso.token).json().getInteger("totalCount"));

    LocalDate today = LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC);
    String window = "&expiresAfter=" + today.plusDays(300) + "&expiresBefore=" + today.plusDays(400);
    assertEquals(1, platform.get("/v1/reservations?customerId=" + first[0] + window, contoso.token).json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/reservations?customerId=" + first[0] + "&expiresBefore=" + today.plusDays(100), contoso.token)
        .json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/reservations?customerId=" + first[0] + "&expiresAfter=" + today.plusDays(400) + "T00:00:00Z", contoso.token)
        .json().getInteger("totalCount"));

    // Pages: the next link carries the filters.
    TestPlatform.Reply page = platform.get("/v1/reservations?size=1", contoso.token);
    String next = page.json().getJsonObject("links").getJsonObject("next").getString("uri");
    TestPlatform.Reply second = platform.get(next, contoso.token);
    assertEquals(1, second.items().size());
    assertFalse(ids(page, "id").equals(ids(second, "id")), "the second page is another reservation");
  }

  @Test
  void badFiltersAre400AndAnotherPartnersIdsAre404() {
    for (String bad : List.of("state=Bogus", "expiresBefore=tomorrow", "expiresAfter=2027-13-01", "customerId=..%2F..",
        "expiresAfter=2027-02-01&expiresBefore=2027-01-01", "size=0")) {
      assertRefused(platform.get("/v1/reservations?" + bad, contoso.token), 400);
    }
    for (String bad : List.of("status=done", "resellerId=%27%20OR%201%3D1")) {
      assertRefused(platform.get("/v1/orders?" + bad, contoso.token), 400);
    }
    assertRefused(platform.get("/v1/partnerSupportRequests?status=open", contoso.token), 400);
    String fabrikamCustomer = DemoCustomers.DATUM.id();
    assertRefused(platform.get("/v1/reservations?customerId=" + fabrikamCustomer, contoso.token), 404);
    assertRefused(platform.get("/v1/orders?customerId=" + fabrikamCustomer, contoso.token), 404);
    assertRefused(platform.get("/v1/partnerSupportRequests?customerId=" + fabrikamCustomer, contoso.token), 404);
    // Northwind is Fabrikam's reseller, not Contoso's.
    assertRefused(platform.get("/v1/reservations?resellerId=" + DemoData.NORTHWIND.id(), contoso.token), 404);
    assertRefused(platform.get("/v1/orders?resellerId=" + DemoData.NORTHWIND.id(), contoso.token), 404);
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertEquals(200, platform.get("/v1/reservations?resellerId=" + DemoData.NORTHWIND.id(), fabrikam).status());
    // Fabrikam's lists hold none of Contoso's customers.
    assertFalse(platform.get("/v1/reservations?size=1000", fabrikam).body().contains(first[0]));
    assertFalse(platform.get("/v1/orders?size=1000", fabrikam).body().contains(first[0]));
    assertFalse(platform.get("/v1/partnerSupportRequests?size=1000", fabrikam).body().contains(first[0]));
    assertRefused(platform.get("/v1/reservations?customerId=" + first[0], fabrikam), 404);
  }

  @Test
  void ordersAcrossCustomers() {
    TestPlatform.Reply one = platform.get("/v1/orders?customerId=" + first[0], contoso.token);
    assertEquals(List.of(first[0]), ids(one, "referenceCustomerId"));
    assertEquals(1, platform.get("/v1/orders?customerId=" + first[0] + "&status=completed", contoso.token).json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/orders?customerId=" + first[0] + "&status=cancelled", contoso.token).json().getInteger("totalCount"));
    List<String> all = ids(platform.get("/v1/orders?size=1000", contoso.token), "referenceCustomerId");
    assertTrue(all.contains(first[0]) && all.contains(second[0]), all::toString);
  }

  @Test
  void anAgentSeesAcrossCustomersOnlyWhatItWasGivenAccessTo() {
    String agent = platform.tokenOf(DemoData.CONTOSO.id(), AGENT, "SalesAgent");
    assertEquals(0, platform.get("/v1/reservations?customerId=" + second[0], agent).json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/orders?customerId=" + second[0], agent).json().getInteger("totalCount"));
    String access = "/v1/customers/" + second[0] + "/subscriptions/" + second[1] + "/agentAccess";
    assertEquals(List.of(), platform.get(access, contoso.token).items());
    assertEquals(200, platform.put(access + "/" + AGENT, contoso.token, "").status());
    assertEquals(List.of(AGENT), ids(platform.get(access, contoso.token), "userId"));
    assertEquals(1, platform.get("/v1/reservations?customerId=" + second[0], agent).json().getInteger("totalCount"));
    assertEquals(1, platform.get("/v1/orders?customerId=" + second[0], agent).json().getInteger("totalCount"));
    assertFalse(platform.get("/v1/reservations?size=1000", agent).body().contains(first[0]), "only the subscription granted");
    // Only an admin agent lists who has access, and only an admin agent lists every support request.
    assertRefused(platform.get(access, agent), 403);
    assertRefused(platform.get("/v1/partnerSupportRequests", agent), 403);
    assertEquals(204, platform.delete(access + "/" + AGENT, contoso.token).status());
    assertEquals(List.of(), platform.get(access, contoso.token).items());
    assertEquals(0, platform.get("/v1/reservations?customerId=" + second[0], agent).json().getInteger("totalCount"));
  }

  @Test
  void thePartnersSupportRequestsAndItsNote() {
    TestPlatform.Reply all = platform.get("/v1/partnerSupportRequests?size=1000", contoso.token);
    assertTrue(ids(all, "id").contains(request), all::toString);
    assertEquals(List.of(request), ids(platform.get("/v1/partnerSupportRequests?customerId=" + first[0], contoso.token), "id"));
    assertEquals(List.of(), ids(platform.get("/v1/partnerSupportRequests?customerId=" + second[0], contoso.token), "id"));
    assertEquals(List.of(request), ids(platform.get("/v1/partnerSupportRequests?customerId=" + first[0] + "&status=new", contoso.token), "id"));

    String notes = "/v1/customers/" + first[0] + "/supportRequests/" + request + "/notes";
    TestPlatform.Reply noted = platform.post(notes, contoso.token, "{\"text\":\"The customer can be reached after 3 pm.\"}");
    assertEquals(200, noted.status(), noted::toString);
    JsonObject note = noted.json().getJsonArray("history").stream().map(JsonObject.class::cast).filter(e -> e.getString("kind").equals("note"))
        .findFirst().orElseThrow();
    assertEquals("partner", note.getString("actorType"));
    assertEquals("partner", note.getString("visibility"));
    assertEquals("The customer can be reached after 3 pm.", note.getJsonObject("detail").getString("text"));
    String agent = platform.token(DemoData.OPERATOR_TENANT, "SupportAgent");
    assertTrue(platform.get("/v1/supportRequests/" + request, agent).body().contains("after 3 pm"), "the support agents see it");

    assertRefused(platform.post(notes, contoso.token, "{\"text\":\"  \"}"), 400);
    assertRefused(platform.post(notes, contoso.token, "{}"), 400);
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.post(notes, fabrikam, "{\"text\":\"mine now\"}"), 404);
    assertRefused(platform.post("/v1/customers/" + second[0] + "/supportRequests/" + request + "/notes", contoso.token,
        "{\"text\":\"wrong customer\"}"), 404);
    assertRefused(platform.post(notes, platform.tokenOf(DemoData.CONTOSO.id(), AGENT, "HelpdeskAgent"), "{\"text\":\"no access\"}"), 403);
    assertRefused(platform.post(notes, platform.token(DemoData.CONTOSO.id(), "BillingAdmin"), "{\"text\":\"not mine\"}"), 403);
    assertNotNull(platform.get("/v1/customers/" + first[0] + "/supportRequests/" + request, contoso.token).json().getJsonArray("history"));
    assertFalse(platform.get("/v1/customers/" + first[0] + "/supportRequests/" + request, contoso.token).body().contains("mine now"));
  }
}
