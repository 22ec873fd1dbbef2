package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CORS: the configured partner portal may call the API from a browser; other origins may not. */
class BrowserOriginsTest {
  private static final String PORTAL = "https://portal.contoso.example";
  private static TestPlatform platform;
  private static String token;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true, gateway -> gateway.withCorsOrigins(List.of(PORTAL)));
    token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static HttpRequest.Builder request(String path, String origin) {
    return HttpRequest.newBuilder(URI.create(platform.baseUrl + path)).header("Origin", origin);
  }

  @Test
  void thePortalsPreflightIsAnswered() {
    TestPlatform.Reply preflight = platform.send(request("/v1/customers", PORTAL)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
    assertTrue(preflight.status() == 204 || preflight.status() == 200, preflight::toString);
    assertEquals(PORTAL, preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));
    assertTrue(preflight.header("Access-Control-Allow-Headers").toLowerCase().contains("idempotency-key"));
  }

  @Test
  void thePortalReadsAnswersAndTheirRequestIds() {
    TestPlatform.Reply customers = platform.send(request("/v1/customers", PORTAL).GET(), token);
    assertEquals(200, customers.status(), customers::toString);
    assertEquals(PORTAL, customers.header("Access-Control-Allow-Origin"));
    assertTrue(customers.header("Access-Control-Expose-Headers").contains("MS-RequestId"));
    assertNull(customers.header("Access-Control-Allow-Credentials"), "no cookies, no credentials");
  }

  @Test
  void anotherOriginIsRefused() {
    assertRefused(platform.send(request("/v1/customers", "https://evil.example").GET(), token), 403);
    TestPlatform.Reply preflight = platform.send(request("/v1/customers", "https://evil.example")
        .header("Access-Control-Request-Method", "DELETE").method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
    assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);
  }

  @Test
  void callsWithoutAnOriginAreServedAsBefore() {
    assertEquals(200, platform.get("/v1/customers", token).status());
  }
}
