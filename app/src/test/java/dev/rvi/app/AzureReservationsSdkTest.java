package dev.rvi.app;

import static dev.rvi.app.AzureSdk.raised;
import static dev.rvi.app.AzureSdk.result;
import static dev.rvi.app.AzureSdk.results;
import static dev.rvi.app.ErrorShape.assertArmRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's JavaScript client for Microsoft.Capacity ({@code @azure/arm-reservations} 9.0.0, api-version 2022-11-01),
 * unchanged, against the gateway over TLS: given only the endpoint and a credential that returns a partner's token, each
 * operation answers what the client deserialises, in ARM's shapes, and refuses in ARM's shape.
 */
class AzureReservationsSdkTest {
  private static final String SCRIPT = "reservations.cjs";
  private static TestPlatform platform;
  private static Shop shop;
  private static AzureSdk sdk;
  private static String[] customer;
  private static JsonObject first;
  private static JsonObject second;

  @BeforeAll
  static void start() {
    platform = TestPlatform.startTls(true);
    sdk = AzureSdk.install(platform);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    customer = shop.newCustomer("arm-sdk.example", "US");
    first = shop.reservation(customer[0], customer[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "Shared");
    second = shop.reservation(customer[0], customer[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  private static String armId(JsonObject reservation) {
    return "/providers/Microsoft.Capacity/reservationOrders/" + reservation.getString("reservationOrderId") + "/reservations/"
        + reservation.getString("id");
  }

  private static JsonObject ids(JsonObject reservation) {
    return new JsonObject().put("reservationOrderId", reservation.getString("reservationOrderId")).put("reservationId", reservation.getString("id"));
  }

  private JsonObject run(String operation, JsonObject arguments) {
    return sdk.run(SCRIPT, shop.token, operation, arguments);
  }

  @Test
  void readsAReservationAndItsOrderAsTheClientModelsThem() {
    JsonObject reservation = result(run("get", ids(first)));
    assertEquals(armId(first), reservation.getString("id"));
    assertEquals(first.getString("reservationOrderId") + "/" + first.getString("id"), reservation.getString("name"));
    assertEquals("Microsoft.Capacity/reservationOrders/reservations", reservation.getString("type"));
    assertEquals("eastus", reservation.getString("location"));
    assertEquals("Standard_D2s_v5", reservation.getJsonObject("sku").getString("name"));
    JsonObject properties = reservation.getJsonObject("properties");
    assertEquals(3, properties.getInteger("quantity"));
    assertEquals("Shared", properties.getString("appliedScopeType"));
    assertEquals("Succeeded", properties.getString("provisioningState"));
    assertEquals("P1Y", properties.getString("term"));
    assertEquals("VirtualMachines", properties.getString("reservedResourceType"));
    assertEquals(first.getString("expiryDateTime").substring(0, 19), properties.getString("expiryDateTime").substring(0, 19));
    assertEquals("/subscriptions/" + customer[1], properties.getString("billingScopeId"));
    assertNotNull(reservation.getValue("etag"));

    // The order, flattened by the client, with its payment plan.
    JsonObject order = result(run("getOrder", new JsonObject().put("reservationOrderId", first.getString("reservationOrderId"))
        .put("options", new JsonObject().put("expand", "schedule"))));
    assertEquals("/providers/Microsoft.Capacity/reservationOrders/" + first.getString("reservationOrderId"), order.getString("id"));
    assertEquals(first.getString("reservationOrderId"), order.getString("name"));
    assertEquals(3, order.getInteger("originalQuantity"));
    assertEquals("P1Y", order.getString("term"));
    assertEquals(armId(first), order.getJsonArray("reservations").getJsonObject(0).getString("id"));
    assertTrue(order.getJsonObject("planInformation").getJsonObject("pricingCurrencyTotal").getDouble("amount") > 0, order::encode);

    JsonArray scopes = result(run("availableScopes", ids(first).put("body", new JsonObject().put("properties", new JsonObject()
        .put("scopes", new JsonArray().add("/subscriptions/" + customer[1]).add("/subscriptions/someone-elses"))))))
        .getJsonObject("properties").getJsonArray("scopes");
    assertEquals(List.of(true, false), scopes.stream().map(v -> ((JsonObject) v).getBoolean("valid")).toList(), scopes::encode);

    JsonArray inOrder = results(run("list", new JsonObject().put("reservationOrderId", first.getString("reservationOrderId"))));
    assertEquals(List.of(armId(first)), inOrder.stream().map(r -> ((JsonObject) r).getString("id")).toList());
  }

  @Test
  void listsSpanThePartnersCustomersAndFollowNextLink() {
    Set<String> all = results(run("listAll", new JsonObject())).stream().map(r -> ((JsonObject) r).getString("id")).collect(Collectors.toSet());
    assertTrue(all.containsAll(Set.of(armId(first), armId(second))), all::toString);
    JsonArray pages = results(run("listAllPages", new JsonObject().put("options", new JsonObject().put("take", 1))));
    assertTrue(pages.size() >= 2, () -> "one reservation a page, the client following nextLink: " + pages);
    assertEquals(all.size(), pages.stream().mapToInt(n -> ((Number) n).intValue()).sum());
    JsonArray succeeded = results(run("listAll", new JsonObject().put("options", new JsonObject()
        .put("filter", "(properties/archived eq false) and properties/displayProvisioningState eq 'Succeeded'")
        .put("orderby", "properties/displayName asc"))));
    assertTrue(succeeded.stream().allMatch(r -> ((JsonObject) r).getJsonObject("properties").getString("displayProvisioningState")
        .equals("Succeeded")), succeeded::encode);

    JsonObject page = result(run("listAllFirstPage", new JsonObject().put("options", new JsonObject().put("refreshSummary", "true"))));
    assertTrue(page.getJsonObject("summary").getDouble("succeededCount") >= 2, page::encode);

    Set<String> orders = results(run("listOrders", new JsonObject())).stream().map(o -> ((JsonObject) o).getString("name"))
        .collect(Collectors.toSet());
    assertTrue(orders.containsAll(Set.of(first.getString("reservationOrderId"), second.getString("reservationOrderId"))), orders::toString);
  }

  @Test
  void anotherPartnersReservationIsNotFound() {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    raised(sdk.run(SCRIPT, fabrikam, "get", ids(first)), 404, "ResourceNotFound");
    raised(sdk.run(SCRIPT, fabrikam, "getOrder", new JsonObject().put("reservationOrderId", first.getString("reservationOrderId"))), 404,
        "ResourceNotFound");
    raised(sdk.run(SCRIPT, fabrikam, "split", new JsonObject().put("reservationOrderId", first.getString("reservationOrderId"))
        .put("body", new JsonObject().put("quantities", new JsonArray().add(1).add(2)).put("reservationId", armId(first)))), 404,
        "ResourceNotFound");
    assertTrue(results(sdk.run(SCRIPT, fabrikam, "listAll", new JsonObject())).stream()
        .noneMatch(r -> ((JsonObject) r).getString("id").equals(armId(first))));
    // A role that may read but not change is refused the change, in ARM's words.
    raised(sdk.run(SCRIPT, platform.token(DemoData.CONTOSO.id(), "BillingAdmin"), "update", ids(second)
        .put("patch", new JsonObject().put("name", "nope"))), 403, "AuthorizationFailed");
  }

  /** Update, revisions, split, merge, refund quote and return, each as the client's poller finishes it. */
  @Test
  void changesFinishAsTheClientsLongRunningOperations() {
    String[] c = shop.newCustomer("arm-sdk-changes.example", "US");
    JsonObject bought = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "Shared");
    String order = bought.getString("reservationOrderId");

    JsonObject updated = result(run("update", ids(bought).put("patch", new JsonObject().put("appliedScopeType", "Single")
        .put("appliedScopes", new JsonArray().add("/subscriptions/" + c[1])).put("name", "web tier"))));
    assertEquals("Single", updated.getJsonObject("properties").getString("appliedScopeType"));
    assertEquals("web tier", updated.getJsonObject("properties").getString("displayName"));
    assertEquals(List.of("/subscriptions/" + c[1]), updated.getJsonObject("properties").getJsonArray("appliedScopes").getList());

    JsonArray revisions = results(run("revisions", ids(bought)));
    assertEquals(2, revisions.size(), revisions::encode);
    assertEquals("web tier", revisions.getJsonObject(0).getJsonObject("properties").getString("displayName"));
    assertEquals("Shared", revisions.getJsonObject(1).getJsonObject("properties").getString("appliedScopeType"), "the purchase, last");

    raised(run("split", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("quantities", new JsonArray().add(1).add(1)).put("reservationId", armId(bought)))), 400, "BadRequest");
    JsonArray parts = results(run("split", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("quantities", new JsonArray().add(1).add(2)).put("reservationId", armId(bought)))));
    assertEquals(List.of(1, 2), parts.stream().map(p -> ((JsonObject) p).getJsonObject("properties").getInteger("quantity")).toList());
    assertEquals("Split", result(run("get", ids(bought))).getJsonObject("properties").getString("provisioningState"));
    // The split one is no longer in force: archived, it leaves the unarchived list; the parts, in force, are not archived.
    raised(run("archive", ids(bought).put("reservationId", parts.getJsonObject(0).getString("name").substring(order.length() + 1))), 400,
        "BadRequest");
    result(run("archive", ids(bought)));
    assertEquals(true, result(run("get", ids(bought))).getJsonObject("properties").getBoolean("archived"));
    assertTrue(results(run("listAll", new JsonObject().put("options", new JsonObject().put("filter", "properties/archived eq false"))))
        .stream().noneMatch(r -> ((JsonObject) r).getString("id").equals(armId(bought))));
    result(run("unarchive", ids(bought)));
    assertEquals(false, result(run("get", ids(bought))).getJsonObject("properties").getBoolean("archived"));

    JsonArray merged = results(run("merge", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("sources", new JsonArray().add(parts.getJsonObject(0).getString("id")).add(parts.getJsonObject(1).getString("id"))))));
    assertEquals(1, merged.size(), merged::encode);
    JsonObject whole = merged.getJsonObject(0);
    assertEquals(3, whole.getJsonObject("properties").getInteger("quantity"));

    JsonObject toReturn = new JsonObject().put("reservationId", whole.getString("id")).put("quantity", 1);
    JsonObject quote = result(run("calculateRefund", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("id", "/providers/microsoft.capacity/reservationOrders/" + order)
        .put("properties", new JsonObject().put("scope", "Reservation").put("reservationToReturn", toReturn)))));
    String session = quote.getJsonObject("properties").getString("sessionId");
    assertNotNull(session, quote::encode);
    assertEquals(1, quote.getJsonObject("properties").getInteger("quantity"));
    assertTrue(quote.getJsonObject("properties").getJsonObject("billingRefundAmount").getDouble("amount") > 0, quote::encode);
    assertNotNull(quote.getJsonObject("properties").getJsonObject("policyResult").getJsonObject("properties").getJsonObject("maxRefundLimit"));

    JsonObject returned = result(run("return", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("properties", new JsonObject().put("sessionId", session).put("scope", "Reservation").put("reservationToReturn", toReturn)
            .put("returnReason", "moved to containers")))));
    assertEquals("/providers/Microsoft.Capacity/reservationOrders/" + order, returned.getString("id"));
    JsonObject after = result(run("get", new JsonObject().put("reservationOrderId", order).put("reservationId",
        whole.getString("name").substring(order.length() + 1))));
    assertEquals(2, after.getJsonObject("properties").getInteger("quantity"));
    // The same session again replays the return: nothing more is refunded.
    result(run("return", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("properties", new JsonObject().put("sessionId", session).put("scope", "Reservation").put("reservationToReturn", toReturn)))));
    assertEquals(2, result(run("get", new JsonObject().put("reservationOrderId", order).put("reservationId",
        whole.getString("name").substring(order.length() + 1)))).getJsonObject("properties").getInteger("quantity"));
    // A quote for more than is left is refused.
    raised(run("calculateRefund", new JsonObject().put("reservationOrderId", order).put("body", new JsonObject()
        .put("properties", new JsonObject().put("scope", "Reservation").put("reservationToReturn", toReturn.copy().put("quantity", 5))))),
        400, "BadRequest");
  }

  /** The catalog of a subscription's market, calculatePrice, then the purchase into the order id it gave, then what applies. */
  @Test
  void buysThroughCalculatePriceAndPurchase() {
    String[] c = shop.newCustomer("arm-sdk-buy.example", "US");
    JsonArray catalog = results(run("catalog", new JsonObject().put("subscriptionId", c[1])
        .put("options", new JsonObject().put("reservedResourceType", "VirtualMachines").put("location", "eastus"))));
    JsonObject d2 = catalog.stream().map(e -> (JsonObject) e).filter(e -> e.getString("name").equals("Standard_D2s_v5")).findFirst()
        .orElseThrow(() -> new AssertionError("Standard_D2s_v5 in " + catalog.size() + " entries"));
    assertEquals(List.of("eastus"), d2.getJsonArray("locations").getList());
    assertTrue(d2.getJsonArray("terms").getList().containsAll(List.of("P1Y", "P3Y")), d2::encode);
    assertTrue(d2.getJsonObject("msrp").getJsonObject("p1Y").getDouble("amount") > 0, d2::encode);

    JsonObject request = new JsonObject().put("sku", new JsonObject().put("name", "Standard_D2s_v5")).put("location", "eastus")
        .put("reservedResourceType", "VirtualMachines").put("billingScopeId", "/subscriptions/" + c[1]).put("term", "P1Y")
        .put("billingPlan", "Upfront").put("quantity", 2).put("displayName", "bought by the SDK").put("appliedScopeType", "Shared")
        .put("renew", true);
    JsonObject price = result(run("calculatePrice", new JsonObject().put("body", request)));
    String orderId = price.getJsonObject("properties").getString("reservationOrderId");
    assertNotNull(orderId, price::encode);
    double total = price.getJsonObject("properties").getJsonObject("billingCurrencyTotal").getDouble("amount");
    assertEquals(2 * d2.getJsonObject("msrp").getJsonObject("p1Y").getDouble("amount"), total, 0.01);

    JsonObject order = result(run("purchase", new JsonObject().put("reservationOrderId", orderId).put("body", request)));
    assertEquals("/providers/Microsoft.Capacity/reservationOrders/" + orderId, order.getString("id"));
    assertEquals(2, order.getInteger("originalQuantity"));
    JsonObject bought = order.getJsonArray("reservations").getJsonObject(0);
    assertEquals("Standard_D2s_v5", bought.getJsonObject("sku").getString("name"));
    assertEquals("bought by the SDK", bought.getJsonObject("properties").getString("displayName"));
    assertEquals(true, bought.getJsonObject("properties").getBoolean("renew"));
    // The same PUT again is the same order; another body for the id is refused, and so is another partner's id.
    assertEquals(order.getString("id"), result(run("purchase", new JsonObject().put("reservationOrderId", orderId).put("body", request))).getString("id"));
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/reservations", shop.token).items().size(), "bought once");
    raised(run("purchase", new JsonObject().put("reservationOrderId", orderId).put("body", request.copy().put("quantity", 3))), 422,
        "UnprocessableEntity");
    raised(sdk.run(SCRIPT, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "purchase", new JsonObject().put("reservationOrderId", orderId)
        .put("body", request)), 404, "ResourceNotFound");
    raised(run("purchase", new JsonObject().put("reservationOrderId", first.getString("reservationOrderId")).put("body", request)), 404,
        "ResourceNotFound");
    raised(run("calculatePrice", new JsonObject().put("body", request.copy().put("sku", new JsonObject().put("name", "Standard_Nope")))), 400,
        "BadRequest");

    JsonObject applied = result(run("applied", new JsonObject().put("subscriptionId", c[1])));
    assertEquals(List.of("/providers/Microsoft.Capacity/reservationOrders/" + orderId), applied.getJsonObject("reservationOrderIds")
        .getJsonArray("value").getList());
  }

  /** calculateExchange and exchange as the client's pollers finish them: what is returned, what is bought, once. */
  @Test
  void exchangesThroughTheClientsPollers() {
    String[] c = shop.newCustomer("arm-sdk-exchange.example", "US");
    JsonObject old = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    JsonObject body = new JsonObject().put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", armId(old))
            .put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("sku", new JsonObject().put("name", "Standard_D4s_v5"))
            .put("location", "eastus").put("reservedResourceType", "VirtualMachines").put("billingScopeId", "/subscriptions/" + c[1])
            .put("term", "P1Y").put("quantity", 1).put("billingPlan", "Upfront").put("appliedScopeType", "Shared")));
    JsonObject quote = result(run("calculateExchange", new JsonObject().put("body", new JsonObject().put("properties", body))));
    assertEquals("Succeeded", quote.getString("status"), quote::encode);
    JsonObject quoted = quote.getJsonObject("properties");
    String session = quoted.getString("sessionId");
    assertNotNull(session);
    assertEquals(armId(old), quoted.getJsonArray("reservationsToExchange").getJsonObject(0).getString("reservationId"));
    assertTrue(quoted.getJsonObject("refundsTotal").getDouble("amount") > 0, quote::encode);
    assertTrue(quoted.getJsonObject("purchasesTotal").getDouble("amount") > quoted.getJsonObject("refundsTotal").getDouble("amount"));

    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    JsonObject exchange = new JsonObject().put("body", new JsonObject().put("properties", new JsonObject().put("sessionId", session)));
    raised(sdk.run(SCRIPT, fabrikam, "exchange", exchange), 404, "ResourceNotFound");
    JsonObject done = result(run("exchange", exchange));
    assertEquals("Succeeded", done.getString("status"), done::encode);
    assertEquals(session, done.getJsonObject("properties").getString("sessionId"));
    assertEquals(1, result(run("get", ids(old))).getJsonObject("properties").getInteger("quantity"), "one of two returned");
    // Again with the same session: the same exchange, nothing more returned.
    result(run("exchange", exchange));
    assertEquals(1, result(run("get", ids(old))).getJsonObject("properties").getInteger("quantity"));
  }

  /** A trade-in as Azure asks it: calculateExchange with a savings plan to buy, then exchange with the session. */
  @Test
  void tradesInForASavingsPlanThroughCalculateExchange() {
    String[] c = shop.newCustomer("arm-sdk-trade-in.example", "US");
    JsonObject old = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    JsonObject plan = new JsonObject().put("sku", new JsonObject().put("name", "Compute_Savings_Plan")).put("displayName", "traded in")
        .put("billingScopeId", "/subscriptions/" + c[1]).put("term", "P1Y").put("appliedScopeType", "Shared")
        .put("commitment", new JsonObject().put("grain", "Hourly").put("currencyCode", "USD").put("amount", 0.2));
    JsonObject body = new JsonObject().put("properties", new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", armId(old)).put("quantity", 2)))
        .put("savingsPlansToPurchase", new JsonArray().add(plan)));
    JsonObject quote = result(run("calculateExchange", new JsonObject().put("body", body)));
    assertEquals("Succeeded", quote.getString("status"), quote::encode);
    JsonObject quoted = quote.getJsonObject("properties");
    assertEquals(armId(old), quoted.getJsonArray("reservationsToExchange").getJsonObject(0).getString("reservationId"));
    JsonObject toBuy = quoted.getJsonArray("savingsPlansToPurchase").getJsonObject(0);
    assertEquals(0.2, toBuy.getJsonObject("properties").getJsonObject("commitment").getDouble("amount"), 1e-9);
    assertEquals(0.2 * 8760, toBuy.getJsonObject("billingCurrencyTotal").getDouble("amount"), 0.01);
    assertTrue(quoted.getJsonObject("refundsTotal").getDouble("amount") > 0, quote::encode);

    raised(sdk.run(SCRIPT, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "exchange", new JsonObject().put("body",
        new JsonObject().put("properties", new JsonObject().put("sessionId", quoted.getString("sessionId"))))), 404, "ResourceNotFound");
    JsonObject done = result(run("exchange", new JsonObject().put("body", new JsonObject().put("properties",
        new JsonObject().put("sessionId", quoted.getString("sessionId"))))));
    assertEquals("Succeeded", done.getString("status"), done::encode);
    assertTrue(done.getJsonObject("properties").getJsonArray("savingsPlansToPurchase").getJsonObject(0).getString("savingsPlanOrderId")
        .startsWith("/providers/Microsoft.BillingBenefits/savingsPlanOrders/"), done::encode);
    assertEquals(0, result(run("get", ids(old))).getJsonObject("properties").getInteger("quantity"), "both instances traded in");
    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items();
    assertEquals(1, plans.size());
    assertEquals("traded in", plans.get(0).getString("displayName"));
    // A savings plan too small for the credit is refused, as the /v1 trade-in refuses it.
    JsonObject other = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    JsonObject small = body.copy();
    small.getJsonObject("properties").put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", armId(other))
        .put("quantity", 2))).put("savingsPlansToPurchase", new JsonArray().add(plan.copy().put("commitment", new JsonObject()
        .put("grain", "Hourly").put("currencyCode", "USD").put("amount", 0.01))));
    raised(run("calculateExchange", new JsonObject().put("body", small)), 400, "BadRequest");
  }

  /** Over the yearly refund limit the quote says so, and the return is refused. */
  @Test
  void theRefundLimitRefusesTheReturn() {
    String[] c = shop.newCustomer("arm-sdk-cap.example", "US");
    JsonObject big = shop.reservation(c[0], c[1], shop.item("Standard_E16s_v5", "eastus", "P3Y"), 6, "P3Y", "Shared");
    JsonObject toReturn = new JsonObject().put("reservationId", armId(big)).put("quantity", 6);
    JsonObject quote = result(run("calculateRefund", new JsonObject().put("reservationOrderId", big.getString("reservationOrderId"))
        .put("body", new JsonObject().put("properties", new JsonObject().put("scope", "Reservation").put("reservationToReturn", toReturn)))));
    JsonArray errors = quote.getJsonObject("properties").getJsonObject("policyResult").getJsonObject("properties").getJsonArray("policyErrors");
    assertTrue(!errors.isEmpty(), quote::encode);
    JsonObject refused = raised(run("return", new JsonObject().put("reservationOrderId", big.getString("reservationOrderId"))
        .put("body", new JsonObject().put("properties", new JsonObject().put("sessionId", quote.getJsonObject("properties").getString("sessionId"))
            .put("scope", "Reservation").put("reservationToReturn", toReturn)))), 400, "BadRequest");
    assertNotNull(refused.getString("message"));
    assertEquals(6, result(run("get", ids(big))).getJsonObject("properties").getInteger("quantity"), "nothing returned");
  }

  /** A client's retry of a split (the same x-ms-client-request-id) is answered what the first was, and splits nothing more. */
  @Test
  void aRetriedSplitIsAnsweredOnce() {
    String[] c = shop.newCustomer("arm-retry.example", "US");
    JsonObject bought = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "Shared");
    String order = "/providers/Microsoft.Capacity/reservationOrders/" + bought.getString("reservationOrderId");
    String body = "{\"properties\":{\"quantities\":[1,2],\"reservationId\":\"" + armId(bought) + "\"}}";
    TestPlatform.Reply first = splitWith(order, "retry-1", body);
    TestPlatform.Reply again = splitWith(order, "retry-1", body);
    assertEquals(202, first.status(), first::toString);
    assertEquals(202, again.status(), again::toString);
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(new JsonArray(first.body()), new JsonArray(again.body()));
    assertEquals(3, platform.get("/v1/customers/" + c[0] + "/reservations?reservationOrderId=" + bought.getString("reservationOrderId"),
        shop.token).items().size(), "the source and two parts: split once");
    assertArmRefused(splitWith(order, "retry-1", body.replace("[1,2]", "[2,1]")), 422, "UnprocessableEntity");
  }

  private static TestPlatform.Reply splitWith(String order, String clientRequestId, String body) {
    return platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + order + "/split?api-version=2022-11-01"))
        .header("x-ms-client-request-id", clientRequestId).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)), shop.token);
  }

  @Test
  void armConventionsHoldOnEveryAnswer() {
    String order = "/providers/Microsoft.Capacity/reservationOrders/" + first.getString("reservationOrderId");
    assertArmRefused(platform.get(order, shop.token), 400, "MissingApiVersionParameter");
    assertArmRefused(platform.get(order + "?api-version=2019-04-01", shop.token), 400, "InvalidApiVersionParameter");
    assertArmRefused(platform.get(order + "?api-version=2022-11-01", null), 401, "AuthenticationFailed");
    assertArmRefused(platform.get("/providers/Microsoft.Capacity/nothingHere?api-version=2022-11-01", shop.token), 404, "ResourceNotFound");
    assertArmRefused(platform.post(order + "/split?api-version=2022-11-01", shop.token, "{\"properties\":{\"quantities\":\"two\"}}"), 400,
        "InvalidRequestContent");
    assertArmRefused(platform.get(order + "/reservations/" + "x".repeat(20) + "?api-version=2022-11-01", shop.token), 404, "ResourceNotFound");

    // ARM matches its paths in any case; the ids are echoed.
    TestPlatform.Reply read = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl
            + order.replace("/providers/Microsoft.Capacity/reservationOrders", "/PROVIDERS/microsoft.capacity/reservationorders")
            + "?api-version=2022-11-01"))
        .header("x-ms-client-request-id", "client-1").header("x-ms-correlation-request-id", "corr-1").GET(), shop.token);
    assertEquals(200, read.status(), read::toString);
    assertEquals("client-1", read.header("x-ms-client-request-id"));
    assertEquals("corr-1", read.header("x-ms-correlation-request-id"));
    assertNotNull(read.header("x-ms-request-id"));
  }
}
