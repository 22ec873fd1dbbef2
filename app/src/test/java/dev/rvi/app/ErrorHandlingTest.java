package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input is a clear 4xx in Partner Center's shape; never a 500, never a stack trace. */
class ErrorHandlingTest {
  private static TestPlatform platform;
  private static String token;
  private static final String INVENTORY = "/v1/extensions/product/checkInventory?country=US";

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void malformedJsonIs400() {
    assertRefused(platform.post(INVENTORY, token, "{\"TargetItems\": [ "), 400, 400);
    assertRefused(platform.post(INVENTORY, token, "[1, 2, 3]"), 400);
    assertRefused(platform.post(INVENTORY, token, "not json at all"), 400);
    assertRefused(platform.post(INVENTORY, token, ""), 400);
    assertRefused(platform.post("/v1/admin/partners", platform.operatorToken(), "{\"id\": \"a\", }"), 400);
  }

  @Test
  void deeplyNestedJsonIs400() {
    String deep = "{\"TargetItems\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
    assertRefused(platform.post(INVENTORY, token, deep), 400);
  }

  @Test
  void oversizeBodyIs413() {
    String big = "{\"TargetItems\": [], \"padding\": \"" + "x".repeat(TestPlatform.SMALL_BODY_LIMIT + 10) + "\"}";
    assertRefused(platform.post(INVENTORY, token, big), 413, 413);
    assertRefused(platform.post("/v1/admin/partners", platform.operatorToken(), big), 413);
  }

  @Test
  void unknownRoutesAndMethods() {
    assertRefused(platform.get("/v1/nothing-here", token), 404);
    assertRefused(platform.get("/nothing-here", null), 404);
    assertEquals(200, platform.get("/", null).status(), "/ is the dashboard");
    TestPlatform.Reply delete = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/products?country=US")).DELETE(), token);
    assertRefused(delete, 405);
  }

  @Test
  void everyResponseCarriesARequestId() {
    TestPlatform.Reply reply = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/products?country=US"))
        .header("MS-RequestId", "abc-123"), token);
    assertEquals("abc-123", reply.header("X-Request-Id"));
    TestPlatform.Reply generated = platform.get("/v1/nothing-here", token);
    assertNotNull(generated.header("X-Request-Id"));
    TestPlatform.Reply hostile = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/health"))
        .header("X-Request-Id", "<script>alert(1)</script>"), null);
    assertEquals(36, hostile.header("X-Request-Id").length(), "an unsafe id is replaced by a fresh one");
  }

  @Test
  void healthReportsPostgresAndEachService() {
    TestPlatform.Reply health = platform.get("/health", null);
    assertEquals(200, health.status(), health::toString);
    assertEquals("UP", health.json().getString("status"));
    assertEquals("UP", health.json().getString("postgres"));
    for (String service : new String[] {"catalog", "order", "support", "billing", "usage"}) {
      assertEquals("UP", health.json().getJsonObject("services").getJsonObject(service).getString("status"), service);
    }
  }
}
