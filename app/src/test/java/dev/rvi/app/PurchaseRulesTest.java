package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every purchase rule of DOMAIN.md that refuses something, refused over HTTP with Partner Center's codes. The cart
 * line rules and the partner of record on their own are the order service's tests (CartRulesTest, PartnerOfRecordTest).
 */
class PurchaseRulesTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static Shop fabrikam;
  private static String d2;
  private static final String ADATUM = DemoCustomers.ADATUM.id();
  private static final String PRODUCTION = DemoCustomers.ADATUM.subscriptions().get(0).id();

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    d2 = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static JsonObject line(String subscription) {
    return Shop.line(0, d2, 1, "P1Y", subscription, "single");
  }

  /** The cart is made with the line marked; checkout refuses with the line's code. */
  private static void refusedAtLine(Shop shop, String customer, String reseller, JsonObject line, int code) {
    TestPlatform.Reply cart = shop.createCart(customer, Shop.cart(reseller, line));
    assertEquals(201, cart.status(), cart::toString);
    assertEquals(code, Shop.lineError(cart, 0).getInteger("errorCode"), cart::toString);
    assertRefused(shop.checkout(customer, cart.json().getString("id")), 400, code);
  }

  /** Large carts at once are all taken: a cart's subscriptions are read in one statement, not one per line. */
  @Test
  void largeCartsAtOnceAreAllTaken() throws Exception {
    JsonObject[] lines = new JsonObject[50];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = Shop.line(i, d2, 1, "P1Y", PRODUCTION, "shared");
    }
    String body = Shop.cart(null, lines);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<TestPlatform.Reply>> carts = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        carts.add(clients.submit(() -> contoso.createCart(ADATUM, body)));
      }
      for (Future<TestPlatform.Reply> cart : carts) {
        TestPlatform.Reply reply = cart.get();
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(50, reply.json().getJsonArray("lineItems").size());
        assertNull(Shop.lineError(reply, 49), reply::toString);
      }
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void reservationsDoNotTransferWithASubscription() {
    assertRefused(platform.post("/v1/customers/" + ADATUM + "/subscriptions", contoso.token,
        "{\"friendlyName\":\"From Direct\",\"origin\":\"transferredFromDirect\",\"reservations\":[\"r-1\"]}"), 400, 900145);
    assertRefused(platform.post("/v1/customers/" + ADATUM + "/subscriptions", contoso.token,
        "{\"friendlyName\":\"x\",\"origin\":\"somewhere\"}"), 400);
  }

  @Test
  void marketWithoutTheOfferIsRefused() {
    String bellows = DemoCustomers.BELLOWS.id();
    JsonObject l = line(DemoCustomers.BELLOWS.subscriptions().get(0).id());
    TestPlatform.Reply cart = contoso.createCart(bellows, Shop.cart(null, l));
    assertTrue(Shop.lineError(cart, 0).getString("errorDescription").contains("not sold in the customer's market (BR)"), cart::toString);
    assertRefused(contoso.checkout(bellows, cart.json().getString("id")), 400);
    assertEquals(0, platform.get("/v1/customers/" + bellows + "/orders", contoso.token).json().getInteger("totalCount"));
  }

  @Test
  void lineShapeAndLimits() {
    refusedAtLine(contoso, ADATUM, null, Shop.line(0, d2, 1001, "P1Y", PRODUCTION, "single"), 800017);
    refusedAtLine(contoso, ADATUM, null, Shop.line(0, d2, 1, "P3Y", PRODUCTION, "single"), 400);
    refusedAtLine(contoso, ADATUM, null, Shop.line(0, "AAAAAAAAAAAA:BBBBBBBBBBBB:CCCCCCCCCCCC", 1, "P1Y", PRODUCTION, "single"), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 0, "P1Y", PRODUCTION, "single"))), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "global"))), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P2Y", PRODUCTION, "single"))), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "single").put("billingCycle", "annual"))), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "single").put("billingPlan", "Weekly"))), 400);
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "single").put("billingCycle", "one_time")
        .put("billingPlan", "Monthly"))), 400);
    JsonObject mismatch = Shop.line(0, d2, 1, "P1Y", PRODUCTION, "single");
    mismatch.getJsonObject("provisioningContext").put("duration", "3Years");
    assertRefused(contoso.createCart(ADATUM, Shop.cart(null, mismatch)), 400);
    assertRefused(contoso.createCart(ADATUM, "{\"lineItems\":[]}"), 400);
    assertRefused(contoso.createCart(ADATUM, "{\"lineItems\":[{\"catalogItemId\":\"x\",\"quantity\":\"two\"}]}"), 400);
    assertRefused(contoso.createCart(ADATUM, "{}"), 400);
  }

  @Test
  void partnerCenterSpellingsAreAccepted() {
    String body = "{\"LineItems\":[{\"Id\":0,\"CatalogItemId\":\"" + d2 + "\",\"Quantity\":1,\"BillingCycle\":\"one_time\","
        + "\"ProvisioningContext\":{\"SubscriptionId\":\"" + PRODUCTION + "\",\"Scope\":\"SHARED\",\"Duration\":\"1Year\"}}]}";
    TestPlatform.Reply cart = contoso.createCart(ADATUM, body);
    assertEquals(201, cart.status(), cart::toString);
    JsonObject line = cart.json().getJsonArray("lineItems").getJsonObject(0);
    assertEquals("P1Y", line.getString("termDuration"));
    assertEquals("Shared", line.getJsonObject("provisioningContext").getString("scope"));
    String threeYear = contoso.item("Standard_D2s_v5", "eastus", "P3Y");
    JsonObject p3 = Shop.line(0, threeYear, 1, "P3Y", PRODUCTION, "Single");
    p3.remove("termDuration");
    p3.getJsonObject("provisioningContext").put("duration", "3Year");
    TestPlatform.Reply cart3 = contoso.createCart(ADATUM, Shop.cart(null, p3));
    assertEquals(201, cart3.status(), cart3::toString);
    assertNull(Shop.lineError(cart3, 0));
  }

  @Test
  void partnerOfRecordRules() {
    assertRefused(contoso.createCart(ADATUM, Shop.cart(DemoData.NORTHWIND.mpnId(), line(PRODUCTION))), 400);
    String electro = DemoCustomers.ELECTRO.id();
    String electroSub = DemoCustomers.ELECTRO.subscriptions().get(0).id();
    assertRefused(fabrikam.createCart(electro, Shop.cart("9999999", line(electroSub))), 400, 800015);
    assertRefused(fabrikam.createCart(electro, Shop.cart(DemoData.CONTOSO.mpnId(), line(electroSub))), 400, 800016);
    assertRefused(fabrikam.createCart(electro, Shop.cart(DemoData.FABRIKAM.mpnId(), line(electroSub))), 400, 2072);
    // A reseller of another provider is not this provider's reseller.
    String op = platform.operatorToken();
    platform.post("/v1/admin/partners", op, "{\"id\":\"other-prov\",\"name\":\"Other\",\"mpnId\":\"8800001\",\"type\":\"indirectProvider\",\"country\":\"US\"}");
    platform.post("/v1/admin/partners", op, "{\"id\":\"other-resl\",\"name\":\"Other R\",\"mpnId\":\"8800002\",\"type\":\"indirectReseller\",\"country\":\"US\"}");
    assertEquals(200, platform.put("/v1/admin/partners/other-prov/resellers/other-resl", op, "").status());
    assertRefused(fabrikam.createCart(electro, Shop.cart("8800002", line(electroSub))), 400, 800016);
    // The partner of record is written once: the purchase keeps the reseller named at checkout.
    TestPlatform.Reply bought = fabrikam.buy(electro, DemoData.TAILSPIN.mpnId(), line(electroSub));
    assertEquals(201, bought.status(), bought::toString);
    // A provider's customer with no associated reseller, and no reseller named: refused.
    TestPlatform.Reply customer = platform.post("/v1/customers", fabrikam.token, "{\"companyProfile\":{\"domain\":\"nores.example\"},"
        + "\"billingProfile\":{\"companyName\":\"No Reseller\",\"defaultAddress\":{\"country\":\"US\"}}}");
    assertEquals(201, customer.status(), customer::toString);
    assertRefused(fabrikam.createCart(customer.json().getString("id"), Shop.cart(null, line(electroSub))), 400);
    // A customer may only be associated with the provider's own reseller.
    assertRefused(platform.post("/v1/customers", fabrikam.token, "{\"companyProfile\":{\"domain\":\"wrong.example\"},"
        + "\"billingProfile\":{\"companyName\":\"Wrong\",\"defaultAddress\":{\"country\":\"US\"}},\"associatedPartnerId\":\"other-resl\"}"), 400, 800016);
  }

  @Test
  void resellersBuyThroughTheirProvider() {
    String northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    String datum = DemoCustomers.DATUM.id();
    assertRefused(platform.post("/v1/customers/" + datum + "/carts", northwind, Shop.cart(null, line(DemoCustomers.DATUM.subscriptions().get(0).id()))), 403);
    assertEquals(200, platform.get("/v1/customers/" + datum, northwind).status(), "the reseller sees the customer it serves");
    assertRefused(platform.get("/v1/customers/" + DemoCustomers.ELECTRO.id(), northwind), 404);
  }

  @Test
  void agentsNeedExplicitAccessToTheSubscription() {
    String sales = platform.token(DemoData.CONTOSO.id(), "SalesAgent");
    String newcomer = "new.agent@contoso.example";
    String newAgent = TokenForge.rs256(platform.keys.privateKeyPem(), TokenForge.claims(platform.tokens.issuer(), platform.tokens.audience(),
            DemoData.CONTOSO.id(), "SalesAgent").put("sub", newcomer));
    // The demo's sales agent was granted access to Adatum Production; a new agent was not.
    String demoAgent = TokenForge.rs256(platform.keys.privateKeyPem(), TokenForge.claims(platform.tokens.issuer(),
        platform.tokens.audience(), DemoData.CONTOSO.id(), "SalesAgent").put("sub", DemoCustomers.SALES_AGENT));
    assertEquals(201, new Shop(platform, demoAgent).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))).status());
    assertRefused(new Shop(platform, newAgent).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))), 403);
    assertRefused(new Shop(platform, sales).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))), 403);

    String access = "/v1/customers/" + ADATUM + "/subscriptions/" + PRODUCTION + "/agentAccess/" + newcomer;
    assertRefused(platform.put(access, sales, ""), 403);
    assertEquals(200, platform.put(access, contoso.token, "").status());
    assertEquals(newcomer, platform.get(access, contoso.token).json().getString("userId"));
    assertEquals(201, new Shop(platform, newAgent).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))).status());
    assertEquals(204, platform.delete(access, contoso.token).status());
    assertRefused(new Shop(platform, newAgent).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))), 403);
    assertRefused(platform.get(access, contoso.token), 404);

    String helpdesk = platform.token(DemoData.CONTOSO.id(), "HelpdeskAgent");
    assertRefused(new Shop(platform, helpdesk).createCart(ADATUM, Shop.cart(null, line(PRODUCTION))), 403);
    String billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    assertRefused(platform.patch("/v1/customers/" + ADATUM + "/subscriptions/" + PRODUCTION, billing, "{\"status\":\"suspended\"}"), 403);
  }

  @Test
  void anotherPartnersIdsAre404() {
    String datum = DemoCustomers.DATUM.id();
    String datumSub = DemoCustomers.DATUM.subscriptions().get(0).id();
    String t = contoso.token;
    assertRefused(platform.get("/v1/customers/" + datum, t), 404);
    assertRefused(platform.get("/v1/customers/" + datum + "/subscriptions", t), 404);
    assertRefused(platform.get("/v1/customers/" + datum + "/subscriptions/" + datumSub, t), 404);
    assertRefused(platform.patch("/v1/customers/" + datum + "/subscriptions/" + datumSub, t, "{\"status\":\"suspended\"}"), 404);
    assertRefused(platform.post("/v1/customers/" + datum + "/subscriptions/" + datumSub + "/registrations", t, ""), 404);
    assertRefused(platform.put("/v1/customers/" + datum + "/subscriptions/" + datumSub + "/agentAccess/someone", t, ""), 404);
    assertRefused(platform.post("/v1/customers/" + datum + "/carts", t, Shop.cart(null, line(datumSub))), 404);
    assertRefused(platform.get("/v1/customers/" + datum + "/orders", t), 404);
    assertRefused(platform.get("/v1/customers/" + datum + "/reservations", t), 404);
    assertRefused(platform.get("/v1/customers/" + datum + "/entitlements", t), 404);
    // Contoso's own subscription named under Fabrikam's customer is not found either.
    assertRefused(platform.get("/v1/customers/" + datum + "/subscriptions/" + PRODUCTION, fabrikam.token), 404);
    TestPlatform.Reply fabrikamCart = fabrikam.createCart(datum, Shop.cart(DemoData.NORTHWIND.mpnId(), line(datumSub)));
    assertEquals(201, fabrikamCart.status(), fabrikamCart::toString);
    String cartId = fabrikamCart.json().getString("id");
    assertRefused(platform.get("/v1/customers/" + datum + "/carts/" + cartId, t), 404);
    assertRefused(platform.get("/v1/customers/" + ADATUM + "/carts/" + cartId, t), 404, 800008);
    assertRefused(contoso.checkout(ADATUM, cartId), 404);
    assertEquals("Active", platform.get("/v1/customers/" + datum + "/carts/" + cartId, fabrikam.token).json().getString("status"));
    // A tenant that was never onboarded can do nothing here.
    assertRefused(platform.get("/v1/customers", platform.token("not-onboarded", "AdminAgent")), 403);
  }

  @Test
  void customerValidation() {
    assertRefused(platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"not a domain\"},"
        + "\"billingProfile\":{\"companyName\":\"X\",\"defaultAddress\":{\"country\":\"US\"}}}"), 400);
    assertRefused(platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"ok.example\"},"
        + "\"billingProfile\":{\"companyName\":\"X\",\"defaultAddress\":{\"country\":\"USA\"}}}"), 400);
    assertRefused(platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"ok.example\"},"
        + "\"billingProfile\":{\"companyName\":\"X\",\"defaultAddress\":{\"country\":\"XX\"}}}"), 400);
    assertEquals(0, platform.get("/v1/customers", contoso.token).items().stream()
        .filter(c -> c.getJsonObject("companyProfile").getString("domain").equals("ok.example")).count(), "nothing was created");
    assertRefused(platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"adatum.example\"},"
        + "\"billingProfile\":{\"companyName\":\"Adatum again\",\"defaultAddress\":{\"country\":\"US\"}}}"), 409);
  }
}
