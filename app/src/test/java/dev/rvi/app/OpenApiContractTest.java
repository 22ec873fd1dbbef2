package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.gateway.OpenApiDocument;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names every route the gateway serves, and no route it does not. */
class OpenApiContractTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(false);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void documentAndRouterAgree() {
    JsonObject served = platform.get("/v1/openapi.json", null).json();
    assertEquals("3.1.0", served.getString("openapi"));
    Set<String> documented = new TreeSet<>();
    for (String path : served.getJsonObject("paths").fieldNames()) {
      for (String method : served.getJsonObject("paths").getJsonObject(path).fieldNames()) {
        documented.add(method.toUpperCase() + " " + path);
      }
    }
    Set<String> routed = new TreeSet<>();
    for (String route : GatewayVerticle.routes()) {
      String[] parts = route.split(" ", 2);
      routed.add(parts[0] + " " + OpenApiDocument.openApiPath(parts[1]));
    }
    Set<String> missing = new TreeSet<>(routed);
    missing.removeAll(documented);
    assertEquals(Set.of(), missing, "routes missing from the OpenAPI document");
    Set<String> phantom = new TreeSet<>(documented);
    phantom.removeAll(routed);
    assertEquals(Set.of(), phantom, "the document names routes that do not exist");
    assertTrue(routed.size() > 60, "routes: " + routed.size());
  }

  /** The reference groups every operation under a tag the document describes, and names the build's version. */
  @Test
  void everyOperationHasADescribedTagAndTheVersionIsTheProjects() throws Exception {
    JsonObject served = platform.get("/v1/openapi.json", null).json();
    assertEquals(CommandLineTest.projectVersion(), served.getJsonObject("info").getString("version"));
    Set<String> described = new TreeSet<>();
    for (Object tag : served.getJsonArray("tags")) {
      JsonObject named = (JsonObject) tag;
      assertTrue(!named.getString("description", "").isBlank(), named::encode);
      described.add(named.getString("name"));
    }
    Set<String> used = new TreeSet<>();
    Set<String> untagged = new TreeSet<>();
    JsonObject paths = served.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        JsonArray tags = paths.getJsonObject(path).getJsonObject(method).getJsonArray("tags");
        if (tags == null || tags.size() != 1 || !described.contains(tags.getString(0))) {
          untagged.add(method.toUpperCase() + " " + path + " " + tags);
        } else {
          used.add(tags.getString(0));
        }
      }
    }
    assertEquals(Set.of(), untagged, "operations without one tag of the document's list (OperationTags.of names a path's area)");
    assertEquals(described, used, "every tag listed groups some operation");
    assertEquals("Carts and orders", paths.getJsonObject("/v1/customers/{customerId}/carts/{cartId}/checkout").getJsonObject("post")
        .getJsonArray("tags").getString(0));
    assertEquals("Usage and recommendations", paths.getJsonObject("/v1/customers/{customerId}/subscriptions/{subscriptionId}/usage")
        .getJsonObject("post").getJsonArray("tags").getString(0));
  }

  /** The document tells a client who may call an operation and what its success looks like. */
  @Test
  void documentSaysRolesAndSuccessStatus() {
    JsonObject paths = platform.get("/v1/openapi.json", null).json().getJsonObject("paths");
    JsonObject create = paths.getJsonObject("/v1/customers").getJsonObject("post");
    assertEquals(Set.of("AdminAgent", "SalesAgent"), Set.copyOf(create.getJsonArray("x-roles").getList()));
    assertTrue(create.getJsonObject("responses").containsKey("201"), create::encode);
    JsonObject revoke = paths.getJsonObject("/v1/customers/{customerId}/reservationOrders/{reservationOrderId}/reservations/"
        + "{reservationId}/roleAssignments/{userId}").getJsonObject("delete");
    assertTrue(revoke.getJsonObject("responses").containsKey("204"), revoke::encode);
    JsonObject csv = paths.getJsonObject("/v1/invoices/{invoiceId}/reconciliation").getJsonObject("get");
    assertTrue(csv.getJsonObject("responses").getJsonObject("200").getJsonObject("content").containsKey("text/csv; charset=utf-8"));
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
        for (String status : operation.getJsonObject("responses").fieldNames()) {
          JsonObject content = operation.getJsonObject("responses").getJsonObject(status).getJsonObject("content");
          JsonObject json = content == null ? null : content.getJsonObject("application/json; charset=utf-8");
          if (json != null && !operation.getString("operationId").equals("openapi")) {
            assertTrue(json.containsKey("schema"), () -> method + " " + path + " " + status + " has no schema");
          }
        }
      }
    }
    JsonObject live = paths.getJsonObject("/health/live").getJsonObject("get");
    assertTrue(!live.containsKey("security") && !live.containsKey("x-roles"), live::encode);
    assertEquals(403, platform.post("/v1/customers", platform.token("t1", "HelpdeskAgent"), "{}").status(), "what it says is enforced");
  }

  @Test
  void requestsAreCheckedAgainstTheContractBeforeAnyService() {
    String token = platform.token("t1", "SalesAgent");
    for (String query : new String[] {"sort=cheapest", "size=5000", "term=P2Y", "minCores=abc", "country=USA", "armRegionName=east%20us"}) {
      String q = query.startsWith("country") ? query : "country=US&" + query;
      TestPlatform.Reply reply = platform.get("/v1/reservedInstances?" + q, token);
      JsonObject error = ErrorShape.assertRefused(reply, 400);
      assertTrue(error.getString("description").startsWith("query parameter "), reply::toString);
    }
    JsonObject missing = ErrorShape.assertRefused(platform.get("/v1/products", token), 400);
    assertTrue(missing.getString("description").contains("country"), missing::encode);
    ErrorShape.assertRefused(platform.get("/v1/customers/" + "x".repeat(200), token), 404);
  }

  @Test
  void bodiesAreCheckedAgainstTheContractAfterTheTokenAndRole() {
    String token = platform.token("t1", "AdminAgent");
    String path = "/v1/customers/c1/reservationOrders/ro1/calculateRefund";
    JsonObject wrongType = ErrorShape.assertRefused(platform.post(path, token,
        "{\"reservationToReturn\":{\"reservationId\":\"r1\",\"quantity\":\"two\"}}"), 400);
    assertTrue(wrongType.getString("description").startsWith("body: "), wrongType::encode);
    ErrorShape.assertRefused(platform.post(path, token, "{}"), 400);
    ErrorShape.assertRefused(platform.post("/v1/customers/c1/carts", token, "{\"lineItems\":\"everything\"}"), 400);
    ErrorShape.assertRefused(platform.post("/v1/customers/c1/subscriptions", token, "{\"friendlyName\":\"x\",\"origin\":\"mars\"}"), 400);
    ErrorShape.assertRefused(platform.post(path, null, "{}"), 401);
    ErrorShape.assertRefused(platform.post(path, platform.token("t1", "BillingAdmin"), "{}"), 403);
  }

  @Test
  void bodiesMustBeSentAsJson() {
    String token = platform.token("t1", "AdminAgent");
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
      TestPlatform.Reply reply = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/customers"))
          .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{}")), token);
      ErrorShape.assertRefused(reply, 415);
    }
    TestPlatform.Reply none = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/customers"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")), token);
    ErrorShape.assertRefused(none, 415);
    for (String type : new String[] {"application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json"}) {
      TestPlatform.Reply reply = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/customers"))
          .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{}")), token);
      assertEquals("directory", reply.json().getString("source"), () -> type + " passes the gateway: " + reply);
    }
  }

  @Test
  void theIdempotencyKeyIsPartOfTheContract() {
    JsonObject createCart = platform.get("/v1/openapi.json", null).json().getJsonObject("paths")
        .getJsonObject("/v1/customers/{customerId}/carts").getJsonObject("post");
    assertTrue(createCart.getJsonArray("parameters").stream().map(p -> (JsonObject) p)
        .anyMatch(p -> p.getString("name").equals("Idempotency-Key") && p.getString("in").equals("header")), createCart::encode);
    assertTrue(createCart.getJsonObject("responses").containsKey("422"));
    TestPlatform.Reply tooLong = platform.post("/v1/customers/c1/carts", platform.token("t1", "SalesAgent"), "{}", "k".repeat(201));
    JsonObject error = ErrorShape.assertRefused(tooLong, 400);
    assertTrue(error.getString("description").startsWith("header Idempotency-Key"), error::encode);
    assertEquals("gateway", error.getString("source"));
  }

  @Test
  void aParameterGivenTwiceOrAnEmptySessionIsRefused() {
    String token = platform.token("t1", "SalesAgent");
    JsonObject twice = ErrorShape.assertRefused(platform.get("/v1/reservedInstances?country=US&country=BR", token), 400);
    assertTrue(twice.getString("description").contains("more than once"), twice::encode);
    ErrorShape.assertRefused(platform.get("/v1/reservedInstances?country=US&sort=price&sort=-price", token), 400);
    String admin = platform.token("t1", "AdminAgent");
    JsonObject empty = ErrorShape.assertRefused(platform.post("/v1/customers/c1/exchange", admin, "{\"sessionId\":\"\"}"), 400);
    assertEquals("gateway", empty.getString("source"));
  }

  /** Partner Center takes body keys in any case, so the contract check types every spelling. */
  @Test
  void bodyKeysAreCheckedInAnyCase() {
    String token = platform.token("t1", "AdminAgent");
    String path = "/v1/customers/c1/reservationOrders/ro1/calculateRefund";
    for (String body : new String[] {
        "{\"ReservationToReturn\":{\"ReservationId\":\"r1\",\"Quantity\":\"two\"}}",
        "{\"RESERVATIONTORETURN\":{\"reservationid\":\"r1\",\"QUANTITY\":0}}"}) {
      JsonObject error = ErrorShape.assertRefused(platform.post(path, token, body), 400);
      assertTrue(error.getString("description").startsWith("body: "), error::encode);
      assertEquals("gateway", error.getString("source"), error::encode);
    }
    JsonObject cart = ErrorShape.assertRefused(platform.post("/v1/customers/c1/carts", token,
        "{\"LineItems\":[{\"Id\":0,\"CatalogItemId\":\"x\",\"Quantity\":-3}]}"), 400);
    assertEquals("gateway", cart.getString("source"), cart::encode);
    ErrorShape.assertRefused(platform.post("/v1/customers/c1/subscriptions", token, "{\"FriendlyName\":\"x\",\"Origin\":\"mars\"}"), 400);
    // Well spelled in Partner Center's capitals, the same body passes the gateway and reaches the service.
    TestPlatform.Reply passed = platform.post(path, token, "{\"ReservationToReturn\":{\"ReservationId\":\"r1\",\"Quantity\":1}}");
    assertEquals("order", passed.json().getString("source"), passed::toString);
  }

  @Test
  void parametersAreDescribedWithTheirLimits() {
    JsonObject search = platform.get("/v1/openapi.json", null).json().getJsonObject("paths").getJsonObject("/v1/reservedInstances")
        .getJsonObject("get");
    String parameters = search.getJsonArray("parameters").encode();
    assertTrue(parameters.contains("\"enum\":[\"name\",\"price\",\"-price\",\"savings\",\"cores\",\"region\"]"), parameters);
    assertTrue(parameters.contains("\"maximum\":1000"), "page size limit");
    assertEquals("bearer", search.getJsonArray("security").getJsonObject(0).fieldNames().iterator().next());
  }
}
