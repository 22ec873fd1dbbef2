package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partner Center and Azure clients, unchanged: each test sends a body or header the way the Microsoft document or
 * SDK named in its comment shows it, and checks what such a client reads back.
 */
class PartnerCenterCompatTest {
  private static final String PORTAL = "https://portal.partner.example";
  private static TestPlatform platform;
  private static Shop contoso;
  private static Shop fabrikam;
  private static String d2;
  private static final String ADATUM = DemoCustomers.ADATUM.id();
  private static final String PRODUCTION = DemoCustomers.ADATUM.subscriptions().get(0).id();
  private static final String DATUM = DemoCustomers.DATUM.id();
  private static final String DATUM_FLEET = DemoCustomers.DATUM.subscriptions().get(0).id();

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true, gateway -> gateway.withCorsOrigins(List.of(PORTAL)));
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    d2 = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String cartId(TestPlatform.Reply cart) {
    assertEquals(201, cart.status(), cart::toString);
    return cart.json().getString("id");
  }

  private static JsonObject firstOrder(TestPlatform.Reply checkout) {
    assertEquals(201, checkout.status(), checkout::toString);
    return checkout.json().getJsonArray("orders").getJsonObject(0);
  }

  /** Partner Center docs, "Create a cart with a customer order", Request sample: participants on the line item. */
  @Test
  void aLineItemsResellerBecomesThePartnerOfRecord() {
    // Datum's associated reseller is Northwind (4711003); the line names Tailspin (4711004), and the line wins.
    String body = "{\"PartnerOnRecordAttestationAccepted\":true, \"lineItems\": [{\"id\": 0, \"catalogItemId\": \"" + d2 + "\","
        + "\"quantity\": 1, \"billingCycle\": \"one_time\", \"termDuration\": \"P1Y\", \"renewsTo\": null,"
        + "\"provisioningContext\": {\"subscriptionId\": \"" + DATUM_FLEET + "\", \"scope\": \"shared\", \"duration\": \"1Year\"},"
        + "\"participants\": [{\"key\": \"transaction_reseller\", \"value\": \"4711004\"}]}]}";
    TestPlatform.Reply cart = fabrikam.createCart(DATUM, body);
    assertEquals("4711004", cart.json().getJsonArray("lineItems").getJsonObject(0).getJsonArray("participants").getJsonObject(0)
        .getString("value"), cart::toString);
    JsonObject order = firstOrder(fabrikam.checkout(DATUM, cartId(cart)));
    assertEquals("4711004", order.getJsonArray("lineItems").getJsonObject(0).getString("partnerIdOnRecord"));
    String reservationOrder = order.getJsonArray("lineItems").getJsonObject(0).getString("reservationOrderId");
    JsonObject reservation = platform.get("/v1/customers/" + DATUM + "/reservations?reservationOrderId=" + reservationOrder,
        platform.token(DemoData.FABRIKAM.id(), "AdminAgent")).items().get(0);
    assertEquals("4711004", reservation.getString("partnerIdOnRecord"));

    // Refused on the line as on the cart: an MPN id no partner has (800015), and the provider's own (2072).
    assertRefused(fabrikam.createCart(DATUM, body.replace("4711004", "9999999")), 400, 800015);
    assertRefused(fabrikam.createCart(DATUM, body.replace("4711004", DemoData.FABRIKAM.mpnId())), 400, 2072);
  }

  /** Partner Center .NET SDK: Cart and CartLineItem serialised with every absent field as null, keys in PascalCase. */
  @Test
  void theDotNetSdksNullsAreAbsentFields() {
    String body = "{\"Id\":null,\"CreationTimestamp\":null,\"LastModifiedTimestamp\":null,\"ExpirationTimestamp\":null,"
        + "\"LastModifiedUser\":null,\"Status\":null,\"LineItems\":[{\"Id\":0,\"CatalogItemId\":\"" + d2 + "\",\"FriendlyName\":null,"
        + "\"Quantity\":1,\"CurrencyCode\":null,\"BillingCycle\":\"one_time\",\"TermDuration\":null,\"ProvisioningContext\":"
        + "{\"subscriptionId\":\"" + PRODUCTION + "\",\"scope\":\"shared\",\"duration\":\"1Year\"},\"OrderGroup\":null,"
        + "\"AddonItems\":null,\"Error\":null,\"RenewsTo\":null,\"Participants\":null}],\"Links\":null,\"Attributes\":{\"ObjectType\":\"Cart\"}}";
    TestPlatform.Reply cart = contoso.createCart(ADATUM, body);
    assertEquals(201, cart.status(), cart::toString);
    assertEquals("P1Y", cart.json().getJsonArray("lineItems").getJsonObject(0).getString("termDuration"), "the term from the duration");
    // The Java and PowerShell samples send no termDuration at all.
    String java = "{\"lineItems\":[{\"id\":0,\"catalogItemId\":\"" + d2 + "\",\"quantity\":2,\"billingCycle\":\"one_time\","
        + "\"provisioningContext\":{\"subscriptionId\":\"" + PRODUCTION + "\",\"scope\":\"shared\",\"duration\":\"1Year\"}}]}";
    assertEquals(201, contoso.createCart(ADATUM, java).status());
    // A null where a value is required is still refused, as its absence is.
    assertRefused(contoso.createCart(ADATUM, body.replace("\"Quantity\":1", "\"Quantity\":null")), 400);
  }

  /** Partner Center .NET SDK: IAggregatePartner.Extensions.Product.ByCountry(..).CheckInventory posts to "checkinventory". */
  @Test
  void pathsMatchInAnyCaseAndInventoryIsPerSku() {
    String productId = d2.split(":")[0];
    String skuId = d2.split(":")[1];
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    // "Check the inventory of catalog items": TargetItems by ProductId, InventoryContext with customer, subscription, region.
    TestPlatform.Reply checked = platform.post("/v1/extensions/product/checkinventory?country=US", token,
        "{\"TargetItems\":[{\"ProductId\":\"" + productId + "\"},{\"ProductId\":\"NOSUCHPRODUCT\"}],\"InventoryContext\":{"
            + "\"customerId\":\"" + ADATUM + "\",\"azureSubscriptionId\":\"" + PRODUCTION + "\",\"armRegionName\":\"eastus\"}}");
    assertEquals(200, checked.status(), checked::toString);
    JsonArray items = new JsonArray(checked.body());
    assertTrue(items.size() > 1, "one result per SKU of the product");
    boolean sawOurs = false;
    for (Object o : items) {
      JsonObject item = (JsonObject) o;
      assertEquals(productId, item.getString("productId"), "the unknown product is left out");
      assertNotNull(item.getString("skuId"));
      if (item.getString("skuId").equals(skuId)) {
        sawOurs = true;
        assertFalse(item.getBoolean("isRestricted"), item::encode);
      } else if (item.getBoolean("isRestricted")) {
        JsonObject restriction = item.getJsonArray("restrictions").getJsonObject(0);
        assertEquals("RegionNotAllowed", restriction.getString("reasonCode"));
        assertEquals("Region", restriction.getJsonArray("properties").getJsonObject(0).getString("type"));
      }
    }
    assertTrue(sawOurs, items::encode);
    assertEquals(200, platform.get("/v1/CUSTOMERS/" + ADATUM + "/Orders", token).status());
    assertEquals(404, platform.get("/v1/customers/" + ADATUM + "/nosuchthing", token).status());
  }

  /** Partner Center docs, "Get a SKU by ID": reservations list their purchase prerequisites. */
  @Test
  void skusListTheirPurchasePrerequisites() {
    String[] parts = d2.split(":");
    JsonObject sku = platform.get("/v1/products/" + parts[0] + "/skus/" + parts[1] + "?country=US",
        platform.token(DemoData.CONTOSO.id(), "AdminAgent")).json();
    assertEquals(new JsonArray().add("AzureSubscriptionRegistration").add("InventoryCheck"), sku.getJsonArray("purchasePrerequisites"));
  }

  /** Partner Center .NET SDK: Entitlement, ReferenceOrder and the artifact converter, which reads artifactType. */
  @Test
  void entitlementsAreWhatTheSdkParses() {
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    String[] c = contoso.newCustomer("entitled.example", "US");
    JsonObject order = firstOrder(contoso.buy(c[0], null, Shop.line(0, d2, 2, "P1Y", c[1], "shared")));
    // "Get a collection of entitlements": the filter in Partner Center's spelling.
    List<JsonObject> entitlements = platform.get("/v1/customers/" + c[0] + "/entitlements?entitlementType=reservedinstance", token).items();
    assertEquals(1, entitlements.size());
    JsonObject entitlement = entitlements.get(0);
    assertEquals("reservedinstance", entitlement.getString("entitlementType"));
    assertEquals(order.getString("id"), entitlement.getJsonObject("referenceOrder").getString("id"));
    assertEquals("0", entitlement.getJsonObject("referenceOrder").getString("lineItemId"));
    assertEquals(order.getString("alternateId"), entitlement.getJsonObject("referenceOrder").getString("alternateId"));
    JsonObject artifact = entitlement.getJsonArray("entitledArtifacts").getJsonObject(0);
    assertEquals("reservedinstance", artifact.getString("artifactType"));
    assertEquals("virtualmachines", artifact.getJsonObject("dynamicAttributes").getString("reservationType"));
    TestPlatform.Reply details = platform.get(artifact.getJsonObject("link").getString("uri"), token);
    assertEquals(200, details.status(), details::toString);
    JsonObject reservation = details.json().getJsonArray("reservations").getJsonObject(0);
    assertTrue(reservation.getString("reservationId").startsWith("/providers/Microsoft.Capacity/reservationOrders/"
        + artifact.getString("resourceId") + "/reservations/"), reservation::encode);
    assertEquals(2, reservation.getInteger("quantity"));
    // Another partner following the same link finds nothing.
    assertEquals(404, platform.get(artifact.getJsonObject("link").getString("uri"), platform.token(DemoData.FABRIKAM.id(), "AdminAgent"))
        .status());
    assertEquals(404, platform.get(artifact.getJsonObject("link").getString("uri").replace("/lineItems/0/", "/lineItems/7/"), token)
        .status());
  }

  /** Partner Center docs, "Partner Center REST headers": MS-RequestId for idempotency, MS-CorrelationId echoed and allowed. */
  @Test
  void msRequestIdMakesARetryTheSameRequest() {
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    String requestId = UUID.randomUUID().toString();
    String correlation = UUID.randomUUID().toString();
    String body = Shop.cart(null, Shop.line(0, d2, 1, "P1Y", PRODUCTION, "shared"));
    TestPlatform.Reply first = withHeaders(body, "/v1/customers/" + ADATUM + "/carts", token, requestId, correlation);
    TestPlatform.Reply retry = withHeaders(body, "/v1/customers/" + ADATUM + "/carts", token, requestId, correlation);
    assertEquals(201, first.status(), first::toString);
    assertEquals(cartId(first), cartId(retry), "a retry with the same MS-RequestId answers the same cart");
    assertEquals(correlation, first.header("MS-CorrelationId"));
    assertEquals(requestId, first.header("MS-RequestId"));
    TestPlatform.Reply other = withHeaders(body, "/v1/customers/" + ADATUM + "/carts", token, UUID.randomUUID().toString(), correlation);
    assertNotEquals(cartId(first), cartId(other));
    // The same MS-RequestId with another body is refused, as an Idempotency-Key would be.
    assertRefused(withHeaders(Shop.cart(null, Shop.line(0, d2, 3, "P1Y", PRODUCTION, "shared")), "/v1/customers/" + ADATUM + "/carts",
        token, requestId, correlation), 422);

    TestPlatform.Reply preflight = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/customers"))
        .header("Origin", PORTAL).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,ms-requestid,ms-correlationid")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
    assertTrue(preflight.header("Access-Control-Allow-Headers").toLowerCase().contains("ms-correlationid"), preflight::toString);
  }

  private static TestPlatform.Reply withHeaders(String body, String path, String token, String requestId, String correlation) {
    return platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + path)).header("Content-Type", "application/json")
        .header("MS-RequestId", requestId).header("MS-CorrelationId", correlation).POST(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  /** Partner Center docs, "Create an order for a customer" (reservations sample) and "Get order provisioning status". */
  @Test
  void ordersAsPartnerCenterShowsThemAndOneMadeWithoutACart() {
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    String[] c = contoso.newCustomer("direct-order.example", "US");
    String body = "{\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"" + d2 + "\",\"subscriptionId\":null,\"parentSubscriptionId\":null,"
        + "\"friendlyName\":\"Reserved VM\",\"quantity\":1,\"partnerIdOnRecord\":null,\"provisioningContext\":{\"subscriptionId\":\""
        + c[1] + "\",\"scope\":\"shared\",\"duration\":\"1Year\"},\"links\":null,\"attributes\":{\"objectType\":\"OrderLineItem\"}}],"
        + "\"creationDate\":null,\"attributes\":{\"objectType\":\"Order\"}}";
    String requestId = UUID.randomUUID().toString();
    TestPlatform.Reply created = withHeaders(body, "/v1/customers/" + c[0] + "/orders", token, requestId, "x");
    assertEquals(201, created.status(), created::toString);
    JsonObject order = created.json();
    assertEquals("UserPurchase", order.getString("transactionType"));
    assertEquals("$", order.getString("currencySymbol"));
    TestPlatform.Reply retried = withHeaders(body, "/v1/customers/" + c[0] + "/orders", token, requestId, "x");
    assertEquals(order.getString("id"), retried.json().getString("id"), "the retry answers the same order");
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/orders", token).json().getInteger("totalCount"), "and buys nothing twice");

    JsonObject line = order.getJsonArray("lineItems").getJsonObject(0);
    TestPlatform.Reply sku = platform.get(line.getJsonObject("links").getJsonObject("sku").getString("uri"), token);
    assertEquals(200, sku.status(), sku::toString);
    assertEquals(d2.split(":")[1], sku.json().getString("id"));
    TestPlatform.Reply status = platform.get(order.getJsonObject("links").getJsonObject("provisioningStatus").getString("uri"), token);
    assertEquals(200, status.status(), status::toString);
    assertEquals("Fulfilled", status.items().get(0).getString("status"));
    JsonObject read = platform.get("/v1/customers/" + c[0] + "/orders/" + order.getString("id"), token).json();
    assertEquals(line.getJsonObject("links").getJsonObject("sku").getString("uri"),
        read.getJsonArray("lineItems").getJsonObject(0).getJsonObject("links").getJsonObject("sku").getString("uri"));

    // An order is one term: lines of two terms go through a cart.
    String twoTerms = "{\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"" + d2 + "\",\"quantity\":1,\"provisioningContext\":"
        + "{\"subscriptionId\":\"" + c[1] + "\",\"scope\":\"shared\",\"duration\":\"1Year\"}},{\"lineItemNumber\":1,\"offerId\":\""
        + contoso.item("Standard_D2s_v5", "eastus", "P3Y") + "\",\"quantity\":1,\"provisioningContext\":{\"subscriptionId\":\"" + c[1]
        + "\",\"scope\":\"shared\",\"duration\":\"3Years\"}}]}";
    assertRefused(platform.post("/v1/customers/" + c[0] + "/orders", token, twoTerms), 400);
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/orders", token).json().getInteger("totalCount"));
  }

  /** Azure REST API specs, Microsoft.Capacity: Return_Post / CalculateRefund examples, and Reservation_Update ("properties"). */
  @Test
  void reservationOperationsTakeAzuresBodies() {
    String[] c = contoso.newCustomer("azure-bodies.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], d2, 3, "P1Y", "shared");
    String order = reservation.getString("reservationOrderId");
    String arm = "/providers/microsoft.capacity/reservationOrders/" + order + "/reservations/" + reservation.getString("id");
    String base = "/v1/customers/" + c[0] + "/reservationOrders/" + order;
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");

    TestPlatform.Reply patched = platform.patch(Shop.path(c[0], reservation), token,
        "{\"properties\":{\"appliedScopeType\":\"Shared\",\"instanceFlexibility\":\"On\",\"name\":\"web tier\"}}");
    assertEquals(200, patched.status(), patched::toString);
    assertEquals("web tier", patched.json().getString("displayName"));
    TestPlatform.Reply off = platform.patch(Shop.path(c[0], reservation), token, "{\"properties\":{\"instanceFlexibility\":\"Off\"}}");
    assertEquals("Off", off.json().getString("instanceFlexibility"), off::toString);
    assertRefused(platform.patch(Shop.path(c[0], reservation), token, "{\"properties\":{\"instanceFlexibility\":\"Sideways\"}}"), 400);

    TestPlatform.Reply quote = platform.post(base + "/calculateRefund", token, "{\"id\":\"/providers/microsoft.capacity/reservationOrders/"
        + order + "\",\"properties\":{\"scope\":\"Reservation\",\"reservationToReturn\":{\"reservationId\":\"" + arm + "\",\"quantity\":1}}}");
    assertEquals(200, quote.status(), quote::toString);
    String session = quote.json().getString("sessionId");
    assertNotNull(session, quote::toString);
    // An ARM id of another reservation order than the path's is refused.
    assertRefused(platform.post(base + "/calculateRefund", token, "{\"properties\":{\"reservationToReturn\":{\"reservationId\":\""
        + arm.replace(order, UUID.randomUUID().toString()) + "\",\"quantity\":1}}}"), 400);
    TestPlatform.Reply returned = platform.post(base + "/return", token, "{\"properties\":{\"sessionId\":\"" + session + "\","
        + "\"scope\":\"Reservation\",\"reservationToReturn\":{\"reservationId\":\"" + arm.toUpperCase().replace(order.toUpperCase(), order)
            .replace(reservation.getString("id").toUpperCase(), reservation.getString("id"))
        + "\",\"quantity\":1},\"returnReason\":\"PurchasedWrongProduct\"}}");
    assertEquals(200, returned.status(), returned::toString);
    JsonObject after = platform.get(Shop.path(c[0], reservation), token).json();
    assertEquals(2, after.getInteger("quantity"));
    assertEquals("web tier", after.getString("displayName"));
  }

  /** Azure REST API specs, Microsoft.Capacity: CalculateExchange / Exchange examples (purchases named by sku and location). */
  @Test
  void exchangesTakeAzuresPurchaseShape() {
    String[] c = contoso.newCustomer("azure-exchange.example", "US");
    JsonObject old = contoso.reservation(c[0], c[1], d2, 2, "P1Y", "shared");
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    String arm = "/providers/microsoft.capacity/reservationOrders/" + old.getString("reservationOrderId") + "/reservations/" + old.getString("id");
    String body = "{\"properties\":{\"reservationsToPurchase\":[{\"location\":\"eastus\",\"sku\":{\"name\":\"Standard_D8s_v5\"},"
        + "\"properties\":{\"reservedResourceType\":\"VirtualMachines\",\"billingScopeId\":\"/subscriptions/" + c[1] + "\","
        + "\"term\":\"P1Y\",\"billingPlan\":\"Upfront\",\"quantity\":1,\"displayName\":\"exchangeTest\",\"appliedScopes\":null,"
        + "\"appliedScopeType\":\"Shared\",\"reservedResourceProperties\":{\"instanceFlexibility\":\"On\"},\"renew\":false}}],"
        + "\"reservationsToExchange\":[{\"reservationId\":\"" + arm + "\",\"quantity\":1}]}}";
    TestPlatform.Reply quote = platform.post("/v1/customers/" + c[0] + "/calculateExchange", token, body);
    assertEquals(200, quote.status(), quote::toString);
    assertEquals(contoso.item("Standard_D8s_v5", "eastus", "P1Y"),
        quote.json().getJsonArray("reservationsToPurchase").getJsonObject(0).getJsonObject("item").getString("catalogItemId"));
    TestPlatform.Reply done = platform.post("/v1/customers/" + c[0] + "/exchange", token,
        "{\"properties\":{\"sessionId\":\"" + quote.json().getString("sessionId") + "\"}}");
    assertEquals(200, done.status(), done::toString);
    // A size the catalog does not sell in that region is refused with the reason.
    assertRefused(platform.post("/v1/customers/" + c[0] + "/calculateExchange", token, body.replace("eastus", "nowhere")), 400);
  }
}
