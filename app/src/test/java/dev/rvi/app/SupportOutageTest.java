package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An approval whose order service is down is retried later and still refunds exactly once. */
class SupportOutageTest {
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
  void aRetryAfterAnOutageRefundsOnce() {
    Shop contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String agent = platform.token("operator", "SupportAgent");
    String[] c = contoso.newCustomer("outage.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    String id = platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token,
        SupportFlowTest.filing(reservation, "refund", 1)).json().getString("id");
    platform.post("/v1/supportRequests/" + id + "/assign", agent, "");

    platform.platform.stopService("orders").toCompletionStage().toCompletableFuture().join();
    try {
      assertRefused(platform.post("/v1/supportRequests/" + id + "/approve", agent, ""), 503);
      JsonObject pending = platform.get("/v1/supportRequests/" + id, agent).json();
      assertEquals("approved", pending.getString("status"), "approved, waiting to be carried out");
      assertTrue(pending.getJsonArray("history").stream().anyMatch(e -> ((JsonObject) e).getString("kind").equals("executionFailed")));
    } finally {
      platform.platform.startService(new OrderService(), platform.options).toCompletionStage().toCompletableFuture().join();
    }
    assertEquals("completed", platform.post("/v1/supportRequests/" + id + "/approve", agent, "").json().getString("status"));
    assertEquals("completed", platform.post("/v1/supportRequests/" + id + "/approve", agent, "").json().getString("status"));
    assertEquals(1, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of two returned, once");
  }
}
