package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator needs: a per-tenant rate limit, Prometheus metrics, liveness and readiness. */
class OperationsTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true, 5);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void eachTenantHasItsOwnRateLimit() {
    String contoso = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    for (int i = 0; i < 5; i++) {
      assertEquals(200, platform.get("/v1/products?country=US", contoso).status(), "request " + i);
    }
    TestPlatform.Reply limited = platform.get("/v1/products?country=US", contoso);
    assertRefused(limited, 429, 429);
    int retryAfter = Integer.parseInt(limited.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 12, "one request comes back every 12 s at 5 a minute: " + retryAfter);
    assertEquals(200, platform.get("/v1/products?country=US", platform.token(DemoData.FABRIKAM.id(), "AdminAgent")).status(),
        "another tenant is not affected");
    assertEquals(200, platform.get("/health", null).status(), "health is not rate limited");
    // Azure's paths count toward the same limit and refuse in ARM's shape, with Retry-After.
    TestPlatform.Reply arm = platform.get("/providers/Microsoft.Capacity/reservations?api-version=2022-11-01", contoso);
    ErrorShape.assertArmRefused(arm, 429, "TooManyRequests");
    assertTrue(Integer.parseInt(arm.header("Retry-After")) >= 1, arm::toString);
  }

  @Test
  void metricsProbesAndLatencyPerRoute() {
    String fabrikam = platform.token(DemoData.TAILSPIN.id(), "AdminAgent");
    platform.get("/v1/reservedInstances?country=US&size=1", fabrikam);
    TestPlatform.Reply metrics = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/metrics")), null);
    assertEquals(200, metrics.status());
    assertTrue(metrics.body().contains("vertx_http_server_response_time_seconds"), "latency histograms");
    assertTrue(metrics.body().contains("route=\"/v1/reservedInstances\""), "per route template");
    assertTrue(metrics.body().contains("vertx_eventbus"), "event-bus figures");
    assertTrue(metrics.body().contains("vertx_pool_in_use{pool_name=\"rvi-catalog\",pool_type=\"sql\"}"), "each service's Postgres pool");
    assertTrue(metrics.body().contains("vertx_pool_queue_pending{pool_name=\"rvi-orders\",pool_type=\"sql\"}"), "its waiters");
    assertEquals(200, platform.get("/health/live", null).status());
    assertEquals(200, platform.get("/health/ready", null).status());
  }
}
