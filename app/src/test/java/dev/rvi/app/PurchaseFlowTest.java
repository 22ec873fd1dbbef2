package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The buying flow of DOMAIN.md, step by step, as a direct partner and as an indirect provider. */
class PurchaseFlowTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void theWholeSeedFlowAsADirectPartner() {
    String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    Shop shop = new Shop(platform, token);

    // 1. Pick (here: add) the customer.
    String customerBody = "{\"companyProfile\":{\"domain\":\"fourthcoffee.example\"},\"billingProfile\":{\"companyName\":\"Fourth Coffee\","
        + "\"email\":\"it@fourthcoffee.example\",\"culture\":\"en-US\",\"language\":\"en\",\"defaultAddress\":{\"country\":\"US\","
        + "\"city\":\"Seattle\",\"addressLine1\":\"1 Pike Pl\",\"postalCode\":\"98101\"}}}";
    TestPlatform.Reply customer = platform.post("/v1/customers", token, customerBody);
    assertEquals(201, customer.status(), customer::toString);
    String customerId = customer.json().getString("id");
    assertEquals("US", customer.json().getJsonObject("billingProfile").getJsonObject("defaultAddress").getString("country"));

    // 2. Its subscription: added, then registered for reserved instances.
    TestPlatform.Reply subscription = platform.post("/v1/customers/" + customerId + "/subscriptions", token,
        "{\"friendlyName\":\"Fourth Coffee Prod\",\"origin\":\"csp\"}");
    assertEquals(201, subscription.status(), subscription::toString);
    String subscriptionId = subscription.json().getString("id");
    assertEquals("active", subscription.json().getString("status"));
    assertEquals("notregistered", subscription.json().getString("registrationStatus"));
    String subPath = "/v1/customers/" + customerId + "/subscriptions/" + subscriptionId;
    assertEquals(202, platform.post(subPath + "/registrations", token, "").status());
    assertEquals("registered", platform.get(subPath + "/registrationstatus", token).json().getString("status"));

    // 3. Filter the reserved instances; 4. add two items with quantities.
    String d2 = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    String e4 = shop.item("Standard_E4s_v5", "westeurope", "P3Y");
    TestPlatform.Reply cart = shop.createCart(customerId, Shop.cart(null,
        Shop.line(0, d2, 2, "P1Y", subscriptionId, "single"), Shop.line(1, e4, 1, "P3Y", subscriptionId, "Shared")));
    assertEquals(201, cart.status(), cart::toString);
    String cartId = cart.json().getString("id");
    assertNull(Shop.lineError(cart, 0));
    assertNull(Shop.lineError(cart, 1));
    assertEquals("Active", cart.json().getString("status"));
    Instant created = Instant.parse(cart.json().getString("creationTimestamp"));
    assertEquals(created.plus(Duration.ofDays(7)), Instant.parse(cart.json().getString("expirationTimestamp")));

    // 5. Review: change the quantity and the scope.
    TestPlatform.Reply reviewed = platform.put("/v1/customers/" + customerId + "/carts/" + cartId, token, Shop.cart(null,
        Shop.line(0, d2, 3, "P1Y", subscriptionId, "Shared"), Shop.line(1, e4, 1, "P3Y", subscriptionId, "single")));
    assertEquals(200, reviewed.status(), reviewed::toString);
    JsonObject line0 = reviewed.json().getJsonArray("lineItems").getJsonObject(0);
    assertEquals(3, line0.getInteger("quantity"));
    assertEquals("Shared", line0.getJsonObject("provisioningContext").getString("scope"));
    assertEquals(reviewed.json(), platform.get("/v1/customers/" + customerId + "/carts/" + cartId, token).json());

    // 7. Buy: an order per order group (term), each with its short order number.
    TestPlatform.Reply bought = shop.checkout(customerId, cartId);
    assertEquals(201, bought.status(), bought::toString);
    JsonArray orders = bought.json().getJsonArray("orders");
    assertEquals(2, orders.size());
    assertEquals(0, bought.json().getJsonArray("orderErrors").size());
    JsonObject oneYear = orders.stream().map(o -> (JsonObject) o)
        .filter(o -> o.getJsonArray("lineItems").getJsonObject(0).getString("termDuration").equals("P1Y")).findFirst().orElseThrow();
    assertTrue(oneYear.getString("alternateId").matches("[0-9A-Z]{4}-[0-9A-Z]{4}"), oneYear.getString("alternateId"));
    assertEquals("completed", oneYear.getString("status"));
    JsonObject orderLine = oneYear.getJsonArray("lineItems").getJsonObject(0);
    assertEquals(d2, orderLine.getString("offerId"));
    assertEquals(3, orderLine.getInteger("quantity"));
    // The price in effect at checkout: 496.17 each (sample sheet), 3 of them.
    assertEquals(0, new BigDecimal("1488.51").compareTo(new BigDecimal(oneYear.getValue("totalPrice").toString())));
    assertEquals("Ordered", platform.get("/v1/customers/" + customerId + "/carts/" + cartId, token).json().getString("status"));

    // The order appears in order history, and reads back the same.
    List<JsonObject> history = platform.get("/v1/customers/" + customerId + "/orders?billingType=onetime", token).items();
    assertEquals(2, history.size());
    JsonObject detail = platform.get("/v1/customers/" + customerId + "/orders/" + oneYear.getString("id"), token).json();
    assertEquals(oneYear.getString("alternateId"), detail.getString("alternateId"));
    assertEquals(customerId, detail.getString("referenceCustomerId"));

    // Entitlements and the reservations' overview and properties.
    List<JsonObject> entitlements = platform.get("/v1/customers/" + customerId + "/entitlements?entitlementType=reservedInstance", token).items();
    assertEquals(2, entitlements.size());
    // Paged as every collection: one at a time, following links.next.
    JsonObject first = platform.get("/v1/customers/" + customerId + "/entitlements?entitlementType=reservedInstance&size=1", token).json();
    assertEquals(2, first.getLong("totalCount"));
    assertEquals(1, first.getJsonArray("items").size());
    JsonObject second = platform.get(first.getJsonObject("links").getJsonObject("next").getString("uri"), token).json();
    assertEquals(1, second.getJsonArray("items").size());
    assertEquals(Set.copyOf(entitlements.stream().map(e -> e.getJsonObject("referenceOrder").getString("id")).toList()),
        Set.of(first.getJsonArray("items").getJsonObject(0).getJsonObject("referenceOrder").getString("id"),
            second.getJsonArray("items").getJsonObject(0).getJsonObject("referenceOrder").getString("id")));
    assertEquals(null, second.getJsonObject("links").getJsonObject("next"), "no page after the last");
    List<JsonObject> reservations = platform.get("/v1/customers/" + customerId + "/reservations", token).items();
    assertEquals(2, reservations.size());
    JsonObject d2Reservation = reservations.stream().filter(r -> r.getString("skuName").equals("Standard_D2s_v5")).findFirst().orElseThrow();
    String reservationPath = "/v1/customers/" + customerId + "/reservationOrders/" + d2Reservation.getString("reservationOrderId")
        + "/reservations/" + d2Reservation.getString("id");
    JsonObject overview = platform.get(reservationPath, token).json();
    assertEquals(3, overview.getInteger("quantity"));
    assertEquals("P1Y", overview.getString("term"));
    assertEquals("eastus", overview.getString("location"));
    assertEquals("Shared", overview.getString("appliedScopeType"));
    assertEquals("On", overview.getString("instanceFlexibility"));
    assertEquals("Upfront", overview.getString("billingPlan"));
    assertEquals("Succeeded", overview.getString("displayProvisioningState"));
    assertEquals(oneYear.getString("alternateId"), overview.getString("orderNumber"));
    Instant effective = Instant.parse(overview.getString("effectiveDateTime"));
    assertEquals(effective.atOffset(ZoneOffset.UTC).plusYears(1).toInstant(), Instant.parse(overview.getString("expiryDateTime")));
    assertNull(overview.getString("partnerIdOnRecord"), "a direct partner sells under its own name");
    JsonObject e4Reservation = reservations.stream().filter(r -> r.getString("skuName").equals("Standard_E4s_v5")).findFirst().orElseThrow();
    assertEquals("Single", e4Reservation.getString("appliedScopeType"));
    assertEquals("/subscriptions/" + subscriptionId, e4Reservation.getJsonArray("appliedScopes").getString(0));
    assertEquals(effective.atOffset(ZoneOffset.UTC).plusYears(3).toInstant(), Instant.parse(e4Reservation.getString("expiryDateTime")));

    // Buying again with the same cart is refused.
    assertRefused(shop.checkout(customerId, cartId), 400, 800065);
  }

  @Test
  void anIndirectProviderNamesTheResellerWhoThenSeesThePurchase() {
    String token = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    Shop shop = new Shop(platform, token);
    String customerId = DemoCustomers.DATUM.id();
    String subscriptionId = DemoCustomers.DATUM.subscriptions().get(0).id();
    String item = shop.item("Standard_F4s_v2", "westus2", "P1Y");

    TestPlatform.Reply bought = shop.buy(customerId, DemoData.NORTHWIND.mpnId(), Shop.line(0, item, 1, "P1Y", subscriptionId, "single"));
    assertEquals(201, bought.status(), bought::toString);
    JsonObject order = bought.json().getJsonArray("orders").getJsonObject(0);
    assertEquals(DemoData.NORTHWIND.mpnId(), order.getJsonArray("lineItems").getJsonObject(0).getString("partnerIdOnRecord"));

    // The reseller of record sees the order and the reservation; the other reseller and other partners do not.
    String northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    assertEquals(200, platform.get("/v1/customers/" + customerId + "/orders/" + order.getString("id"), northwind).status());
    List<JsonObject> seen = platform.get("/v1/customers/" + customerId + "/reservations", northwind).items();
    assertTrue(seen.stream().anyMatch(r -> DemoData.NORTHWIND.mpnId().equals(r.getString("partnerIdOnRecord"))));
    String tailspin = platform.token(DemoData.TAILSPIN.id(), "AdminAgent");
    assertRefused(platform.get("/v1/customers/" + customerId + "/orders/" + order.getString("id"), tailspin), 404);
    String contoso = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    assertRefused(platform.get("/v1/customers/" + customerId + "/orders/" + order.getString("id"), contoso), 404);
    assertRefused(platform.get("/v1/customers/" + customerId, contoso), 404);

    // Without naming one, the customer's associated reseller is inherited.
    TestPlatform.Reply inherited = shop.buy(customerId, null, Shop.line(0, item, 1, "P1Y", subscriptionId, "single"));
    assertEquals(201, inherited.status(), inherited::toString);
    assertEquals(DemoData.NORTHWIND.mpnId(), inherited.json().getJsonArray("orders").getJsonObject(0)
        .getJsonArray("lineItems").getJsonObject(0).getString("partnerIdOnRecord"));

    // The provider's resellers, with their MPN ids.
    List<JsonObject> resellers = platform.get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", token).items();
    assertEquals(List.of(DemoData.NORTHWIND.mpnId(), DemoData.TAILSPIN.mpnId()),
        resellers.stream().map(r -> r.getString("mpnId")).sorted().toList());
    // Each type from the caller's side: a provider resells for nobody; a reseller's provider is Fabrikam.
    assertEquals(0, platform.get("/v1/relationships?relationship_type=IsIndirectResellerOf", token).items().size());
    List<JsonObject> providers = platform.get("/v1/relationships?relationship_type=IsIndirectResellerOf", northwind).items();
    assertEquals(List.of(DemoData.FABRIKAM.mpnId()), providers.stream().map(r -> r.getString("mpnId")).toList());
    assertEquals("IsIndirectResellerOf", providers.get(0).getString("relationshipType"));
    assertEquals(0, platform.get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", northwind).items().size());
    assertEquals(1, platform.get("/v1/relationships", northwind).items().size(), "without a type, a reseller sees its providers");
  }
}
