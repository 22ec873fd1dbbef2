package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names where people expect them (issue #28): a partner's own organization profile, the support agents' queue naming
 * each request's partner and customer, and the partners a support agent picks from by name.
 */
class PartnerNamesTest {
  private static TestPlatform platform;
  private static String agent;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    agent = platform.token(DemoData.OPERATOR_TENANT, "SupportAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  /**
   * Fabrikam (an indirect provider) sells Datum Logistics one reservation through Northwind, its reseller: Single scope on
   * Datum Fleet, Northwind the partner of record. Answers the reservation's overview.
   */
  static JsonObject resellerReservation(TestPlatform platform) {
    Shop fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    String datum = DemoCustomers.DATUM.id();
    String fleet = DemoCustomers.DATUM.subscriptions().get(0).id();
    TestPlatform.Reply bought = fabrikam.buy(datum, DemoData.NORTHWIND.mpnId(),
        Shop.line(0, fabrikam.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", fleet, "Single"));
    assertEquals(201, bought.status(), bought::toString);
    String reservationOrderId = bought.json().getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0)
        .getString("reservationOrderId");
    List<JsonObject> reservations = platform.get("/v1/customers/" + datum + "/reservations?reservationOrderId=" + reservationOrderId,
        fabrikam.token).items();
    assertEquals(1, reservations.size());
    return reservations.get(0);
  }

  /** Fabrikam files a refund request of that reservation; answers its id. */
  static String fileRequest(TestPlatform platform, JsonObject reservation) {
    TestPlatform.Reply filed = platform.post("/v1/customers/" + DemoCustomers.DATUM.id() + "/supportRequests",
        platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), SupportFlowTest.filing(reservation, "refund", 1));
    assertEquals(201, filed.status(), filed::toString);
    return filed.json().getString("id");
  }

  @Test
  void eachPartnerReadsItsOwnOrganizationProfile() {
    JsonObject contoso = platform.get("/v1/profiles/organization", platform.token(DemoData.CONTOSO.id(), "AdminAgent")).json();
    assertEquals("Contoso Cloud Services", contoso.getString("companyName"));
    assertEquals(DemoData.CONTOSO.id(), contoso.getString("id"));
    assertEquals(DemoData.CONTOSO.id(), contoso.getString("tenantId"));
    assertEquals("4711001", contoso.getString("mpnId"));
    assertEquals("direct", contoso.getString("partnerType"));
    assertEquals("US", contoso.getJsonObject("defaultAddress").getString("country"));
    assertEquals("OrganizationProfile", contoso.getJsonObject("attributes").getString("objectType"));
    for (String role : List.of("SalesAgent", "HelpdeskAgent", "BillingAdmin")) {
      TestPlatform.Reply fabrikam = platform.get("/v1/profiles/organization", platform.token(DemoData.FABRIKAM.id(), role));
      assertEquals(200, fabrikam.status(), fabrikam::toString);
      assertEquals("Fabrikam Distribution", fabrikam.json().getString("companyName"));
      assertEquals("4711002", fabrikam.json().getString("mpnId"));
    }
  }

  @Test
  void theProfileIsRefusedToTheOperatorsStaffToStrangersAndWithoutAToken() {
    assertRefused(platform.get("/v1/profiles/organization", null), 401);
    assertRefused(platform.get("/v1/profiles/organization", agent), 403);
    assertRefused(platform.get("/v1/profiles/organization", platform.operatorToken()), 403);
    JsonObject stranger = assertRefused(platform.get("/v1/profiles/organization", platform.token("never-onboarded-tenant", "AdminAgent")), 403);
    assertTrue(stranger.getString("description").contains("not an onboarded partner"), stranger::encode);
  }

  @Test
  void theQueueAndARequestNameThePartnerAndTheCustomer() {
    String request = fileRequest(platform, resellerReservation(platform));
    JsonObject item = platform.get("/v1/supportRequests?partner=" + DemoData.FABRIKAM.id() + "&size=1000", agent).items().stream()
        .filter(i -> i.getString("id").equals(request)).findFirst().orElseThrow();
    assertEquals("Fabrikam Distribution", item.getString("partnerName"));
    assertEquals(DemoData.FABRIKAM.id(), item.getString("partnerId"));
    assertEquals("Datum Logistics", item.getString("customerName"));
    assertEquals(DemoCustomers.DATUM.id(), item.getString("customerId"));
    JsonObject opened = platform.get("/v1/supportRequests/" + request, agent).json();
    assertEquals("Fabrikam Distribution", opened.getString("partnerName"));
    assertEquals("Datum Logistics", opened.getString("customerName"));
    // Another partner's filter finds none of Fabrikam's requests.
    assertTrue(platform.get("/v1/supportRequests?partner=" + DemoData.CONTOSO.id() + "&size=1000", agent).items().stream()
        .noneMatch(i -> i.getString("id").equals(request)));
    // The partner's own view of its request is as before: no names were added to it.
    JsonObject own = platform.get("/v1/customers/" + DemoCustomers.DATUM.id() + "/supportRequests/" + request,
        platform.token(DemoData.FABRIKAM.id(), "AdminAgent")).json();
    assertNull(own.getString("partnerName"));
  }

  @Test
  void supportAgentsReadThePartnersByNameAndPartnersMayNot() {
    List<JsonObject> partners = platform.get("/v1/admin/partners", agent).items();
    assertTrue(partners.stream().anyMatch(p -> p.getString("id").equals(DemoData.NORTHWIND.id())
        && p.getString("name").equals("Northwind Traders IT")), partners::toString);
    assertRefused(platform.get("/v1/admin/partners", platform.token(DemoData.CONTOSO.id(), "AdminAgent")), 403);
    // A partner's tenant giving itself the support agent's role is refused by the directory as well.
    assertRefused(platform.get("/v1/admin/partners", platform.token(DemoData.CONTOSO.id(), "SupportAgent")), 403);
    // A support agent still may not onboard one.
    assertRefused(platform.post("/v1/admin/partners", agent, "{\"id\":\"agent-made\",\"name\":\"A\",\"mpnId\":\"9900001\","
        + "\"type\":\"direct\",\"country\":\"US\"}"), 403);
  }
}
