package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configure with revisions, access control (IAM), expiry states and renewal at the price then in effect. */
class ReservationManagementTest {
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

  private static String agent(String user, String role) {
    return TokenForge.rs256(platform.keys.privateKeyPem(), TokenForge.claims(platform.tokens.issuer(), platform.tokens.audience(),
        DemoData.CONTOSO.id(), role).put("sub", user));
  }

  @Test
  void configureScopeAndSubscriptionWithRevisions() {
    String[] c = shop.newCustomer("configure.example", "US");
    JsonObject r = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String path = Shop.path(c[0], r);
    TestPlatform.Reply single = platform.patch(path, shop.token,
        "{\"properties\":{\"appliedScopeType\":\"Single\",\"appliedScopes\":[\"/subscriptions/" + c[1] + "\"]}}");
    assertEquals(200, single.status(), single::toString);
    assertEquals("Single", single.json().getString("appliedScopeType"));
    assertEquals("/subscriptions/" + c[1], single.json().getJsonArray("appliedScopes").getString(0));
    String second = platform.post("/v1/customers/" + c[0] + "/subscriptions", shop.token, "{\"friendlyName\":\"second\"}").json().getString("id");
    assertEquals(200, platform.patch(path, shop.token, "{\"appliedScopes\":[\"" + second + "\"]}").status());
    assertEquals(200, platform.patch(path, shop.token, "{\"appliedScopeType\":\"shared\"}").status());

    List<JsonObject> revisions = platform.get(path + "/revisions", shop.token).items();
    assertEquals(3, revisions.size());
    assertEquals("Shared", revisions.get(0).getJsonObject("before").getString("appliedScopeType"));
    assertEquals("Single", revisions.get(0).getJsonObject("after").getString("appliedScopeType"));
    assertEquals("/subscriptions/" + second, revisions.get(1).getJsonObject("after").getJsonArray("appliedScopes").getString(0));
    assertEquals(DemoData.CONTOSO.id() + "-user", revisions.get(2).getString("changedBy"));

    TestPlatform.Reply partner = platform.patch(path, shop.token, "{\"partnerIdOnRecord\":\"4711003\"}");
    assertRefused(partner, 400);
    assertTrue(partner.json().getString("description").contains("partner of record cannot be changed"));
    assertRefused(platform.patch(path, shop.token, "{\"quantity\":5}"), 400);
    assertRefused(platform.patch(path, shop.token, "{\"appliedScopeType\":\"Global\"}"), 400);
    assertRefused(platform.patch(path, shop.token, "{\"appliedScopeType\":\"Single\",\"appliedScopes\":[\""
        + DemoCustomers.ADATUM.subscriptions().get(0).id() + "\"]}"), 400, 800011);
    assertEquals(200, platform.patch("/v1/customers/" + c[0] + "/subscriptions/" + second, shop.token, "{\"status\":\"suspended\"}").status());
    assertRefused(platform.patch(path, shop.token, "{\"appliedScopes\":[\"" + second + "\"]}"), 400, 800012);
    assertEquals(3, platform.get(path + "/revisions", shop.token).items().size(), "refused changes leave no revision");
    assertRefused(platform.patch(path, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "{\"renew\":true}"), 404);
  }

  @Test
  void accessControlForAgentsWhoAreNotAdminAgents() {
    String[] c = shop.newCustomer("iam.example", "US");
    JsonObject r = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String path = Shop.path(c[0], r);
    String reader = agent("reader@contoso.example", "SalesAgent");
    String admin = agent("manager@contoso.example", "HelpdeskAgent");
    assertRefused(platform.get(path, reader), 403);
    assertEquals(0, platform.get("/v1/customers/" + c[0] + "/reservations", reader).json().getInteger("totalCount"));
    assertEquals(0, platform.get("/v1/customers/" + c[0] + "/entitlements", reader).json().getInteger("totalCount"),
        "entitlements show no more than the reservations list");

    assertEquals(200, platform.put(path + "/roleAssignments/reader@contoso.example", shop.token, "{\"role\":\"Reader\"}").status());
    assertEquals(200, platform.put(path + "/roleAssignments/manager@contoso.example", shop.token, "{\"role\":\"Administrator\"}").status());
    assertRefused(platform.put(path + "/roleAssignments/x@contoso.example", shop.token, "{\"role\":\"Owner\"}"), 400);
    assertEquals(2, platform.get(path + "/roleAssignments", shop.token).items().size());

    assertEquals(200, platform.get(path, reader).status());
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/reservations", reader).json().getInteger("totalCount"));
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/entitlements", reader).json().getInteger("totalCount"));
    assertRefused(platform.patch(path, reader, "{\"renew\":true}"), 403);
    assertRefused(new Shop(platform, reader).calculateRefund(c[0], r, 1), 403);
    assertRefused(platform.put(path + "/roleAssignments/reader@contoso.example", reader, "{\"role\":\"Administrator\"}"), 403);
    assertEquals(200, platform.patch(path, admin, "{\"renew\":true}").status());
    assertEquals(200, new Shop(platform, admin).calculateRefund(c[0], r, 1).status());

    assertEquals(204, platform.delete(path + "/roleAssignments/manager@contoso.example", shop.token).status());
    assertRefused(platform.patch(path, admin, "{\"renew\":false}"), 403);
    assertRefused(platform.get(path + "/roleAssignments/manager@contoso.example", shop.token), 404);
  }

  @Test
  void expiringExpiredAndRenewedAtThePriceThenInEffect() {
    String[] c = shop.newCustomer("expiry.example", "US");
    String item = shop.item("Standard_F16s_v2", "uksouth", "P1Y");
    JsonObject renewing = shop.reservation(c[0], c[1], item, 2, "P1Y", "Single");
    JsonObject lapsing = shop.reservation(c[0], c[1], item, 1, "P1Y", "Shared");
    assertEquals("Succeeded", renewing.getString("displayProvisioningState"));
    assertEquals(200, platform.patch(Shop.path(c[0], renewing), shop.token, "{\"renew\":true}").status());
    Instant expiry = Instant.parse(renewing.getString("expiryDateTime"));
    // A new price takes effect a day before the expiry: the renewal pays it.
    platform.loadPrice("Standard_F16s_v2", "uksouth", "Reservation", "1 Year", "4000.00", expiry.minus(Duration.ofDays(1)));

    platform.clock.moveTo(expiry.minus(Duration.ofDays(20)));
    assertEquals("Expiring", platform.get(Shop.path(c[0], lapsing), shop.token).json().getString("displayProvisioningState"));
    // Within 30 days of expiry the renewal's price is shown: two at the price in effect at the expiry, 4,000.00 each.
    JsonObject renewal = platform.get(Shop.path(c[0], renewing), shop.token).json().getJsonObject("renewProperties");
    assertEquals(0, new BigDecimal("8000.00").compareTo(new BigDecimal(renewal.getJsonObject("pricingCurrencyTotal").getValue("amount")
        .toString())), renewal::encode);
    assertEquals(2, renewal.getJsonObject("purchaseProperties").getInteger("quantity"));
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));
    assertEquals("Expired", platform.get(Shop.path(c[0], lapsing), shop.token).json().getString("displayProvisioningState"));

    List<JsonObject> all = platform.get("/v1/customers/" + c[0] + "/reservations", shop.token).items();
    assertEquals(3, all.size(), "the renewing reservation has a successor; the other one lapsed");
    JsonObject successor = all.stream().filter(r -> Instant.parse(r.getString("effectiveDateTime")).equals(expiry)).findFirst().orElseThrow();
    assertEquals(2, successor.getInteger("quantity"));
    assertEquals("Single", successor.getString("appliedScopeType"));
    assertEquals(0, new BigDecimal("4000.00").compareTo(new BigDecimal(successor.getValue("unitPrice").toString())));
    assertEquals("Succeeded", successor.getString("displayProvisioningState"));
    // Azure's renewSource / renewDestination link the two.
    assertEquals("/providers/Microsoft.Capacity/reservationOrders/" + renewing.getString("reservationOrderId") + "/reservations/"
        + renewing.getString("id"), successor.getString("renewSource"));
    assertEquals("/providers/Microsoft.Capacity/reservationOrders/" + successor.getString("reservationOrderId") + "/reservations/"
        + successor.getString("id"), platform.get(Shop.path(c[0], renewing), shop.token).json().getString("renewDestination"));
    platform.moveClockBy(Duration.ofMinutes(5));
    assertEquals(3, platform.get("/v1/customers/" + c[0] + "/reservations", shop.token).items().size(), "renewed once");
  }

  /** More reservations due at once than one renewal batch takes: one run renews them all. */
  @Test
  void aRunRenewsEverythingDueNotOnlyTheFirstBatch() {
    String[] c = shop.newCustomer("many-renewals.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    int count = 0;
    for (int lines : new int[] {50, 50, 1}) {
      JsonObject[] cartLines = new JsonObject[lines];
      for (int i = 0; i < lines; i++) {
        cartLines[i] = Shop.line(i, item, 1, "P1Y", c[1], "Single");
      }
      TestPlatform.Reply cart = shop.createCart(c[0], Shop.cart(null, cartLines));
      assertEquals(201, shop.checkout(c[0], cart.json().getString("id")).status());
      count += lines;
    }
    List<JsonObject> bought = platform.get("/v1/customers/" + c[0] + "/reservations?size=1000", shop.token).items();
    assertEquals(101, bought.size());
    for (JsonObject r : bought) {
      assertEquals(200, platform.patch(Shop.path(c[0], r), shop.token, "{\"renew\":true}").status());
    }
    platform.moveClockBy(Duration.ofDays(368));
    List<JsonObject> after = platform.get("/v1/customers/" + c[0] + "/reservations?size=1000", shop.token).items();
    assertEquals(2 * count, after.size(), "each of the " + count + " has its successor");
  }

  /** Runs at the same time (several nodes, a timer and an operator) share the work: each reservation is renewed once. */
  @Test
  void concurrentRunsRenewEachReservationOnce() throws Exception {
    String[] c = shop.newCustomer("parallel-renewals.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    JsonObject[] cartLines = new JsonObject[30];
    for (int i = 0; i < cartLines.length; i++) {
      cartLines[i] = Shop.line(i, item, 1, "P1Y", c[1], "Single");
    }
    assertEquals(201, shop.checkout(c[0], shop.createCart(c[0], Shop.cart(null, cartLines)).json().getString("id")).status());
    List<JsonObject> bought = platform.get("/v1/customers/" + c[0] + "/reservations?size=1000", shop.token).items();
    for (JsonObject r : bought) {
      assertEquals(200, platform.patch(Shop.path(c[0], r), shop.token, "{\"renew\":true}").status());
    }
    // The clock moves without the endpoint's own run, so the runs below find everything due at once.
    platform.clock.moveTo(platform.clock.instant().plus(Duration.ofDays(368)));
    List<CompletableFuture<TestPlatform.Reply>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(CompletableFuture.supplyAsync(() -> platform.post("/v1/admin/renewals/run", platform.operatorToken(), "{}")));
    }
    int renewed = 0;
    for (CompletableFuture<TestPlatform.Reply> run : runs) {
      TestPlatform.Reply reply = run.get(120, TimeUnit.SECONDS);
      assertEquals(200, reply.status(), reply::toString);
      renewed += reply.json().getInteger("renewed");
    }
    // Other tests' reservations may fall due in the same runs: the count of this customer's is the check.
    assertTrue(renewed >= 30, "the runs renewed these 30 between them: " + renewed);
    assertEquals(60, platform.get("/v1/customers/" + c[0] + "/reservations?size=1000", shop.token).items().size(), "one successor each");
  }
}
