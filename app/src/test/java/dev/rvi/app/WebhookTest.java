package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks to a real HTTP receiver on loopback: Standard Webhooks headers and signature (checked here as a Standard
 * Webhooks library checks them), retries after a 500 with a growing gap, the delivery log, a ping, and isolation.
 */
class WebhookTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static HttpServer receiver;
  private static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

  private record Received(Instant at, String id, String timestamp, String signature, String body) {}

  @BeforeAll
  static void start() throws Exception {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    receiver = platform.vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      RECEIVED.add(new Received(Instant.now(), request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
          request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8)));
      request.response().setStatusCode(FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 200).end("ok");
    })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  /** What a Standard Webhooks library does: HMAC-SHA256 over "id.timestamp.body" with the secret's decoded bytes. */
  private static boolean verifies(String secret, Received r) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String expected = Base64.getEncoder().encodeToString(mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body())
        .getBytes(StandardCharsets.UTF_8)));
    for (String candidate : r.signature().split(" ")) {
      if (candidate.equals("v1," + expected)) {
        return true;
      }
    }
    return false;
  }

  private static List<Received> receivedOfType(String type) {
    return RECEIVED.stream().filter(r -> new JsonObject(r.body()).getString("type").equals(type)).toList();
  }

  @Test
  void aPurchaseIsPostedSignedAndRetriedAfterA500() throws Exception {
    String url = "http://127.0.0.1:" + receiver.actualPort() + "/hooks";
    TestPlatform.Reply created = platform.post("/v1/webhooks", contoso.token,
        new JsonObject().put("url", url).put("events", List.of("order.completed", "webhook.ping")).put("description", "test").encode());
    assertEquals(201, created.status(), created::toString);
    String secret = created.json().getString("secret");
    String webhook = created.json().getString("id");
    assertTrue(secret.startsWith("whsec_"), created::toString);
    assertEquals(null, platform.get("/v1/webhooks/" + webhook, contoso.token).json().getString("secret"), "the secret is shown once");

    FAILURES_LEFT.set(1);
    String[] c = contoso.newCustomer("webhooks.example", "US");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    Eventually.await(() -> receivedOfType("order.completed").size() >= 2, "the purchase is posted, then posted again after the 500");
    List<Received> attempts = receivedOfType("order.completed");
    assertEquals(attempts.get(0).id(), attempts.get(1).id(), "a retry keeps the event's id");
    assertTrue(Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 900, "the retry waits");
    for (Received r : attempts) {
      assertTrue(verifies(secret, r), r::toString);
      assertTrue(Math.abs(Long.parseLong(r.timestamp()) - Instant.now().getEpochSecond()) < 300, r::toString);
      JsonObject body = new JsonObject(r.body());
      assertEquals(r.id(), body.getString("id"));
      assertEquals(c[0], body.getString("customerId"));
    }
    Eventually.await(() -> platform.get("/v1/webhooks/" + webhook + "/deliveries", contoso.token).items().stream()
        .anyMatch(d -> d.getString("status").equals("delivered") && d.getInteger("attempts") == 2 && d.getInteger("responseCode") == 200),
        "the log shows two attempts and the 200");

    assertEquals(202, platform.post("/v1/webhooks/" + webhook + "/ping", contoso.token, "").status());
    Eventually.await(() -> !receivedOfType("webhook.ping").isEmpty(), "the ping arrives");
    assertTrue(verifies(secret, receivedOfType("webhook.ping").get(0)));

    String other = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.get("/v1/webhooks/" + webhook, other), 404);
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/ping", other, ""), 404);
    assertTrue(platform.get("/v1/webhooks", other).items().isEmpty());
    assertRefused(platform.post("/v1/webhooks", contoso.token, new JsonObject().put("url", url).put("events", List.of("order.shipped")).encode()),
        400);
    assertEquals(204, platform.delete("/v1/webhooks/" + webhook, contoso.token).status());
    assertRefused(platform.get("/v1/webhooks/" + webhook, contoso.token), 404);
  }

  /** In production settings: https only, and never a loopback, private, link-local or metadata address. */
  @Test
  void urlsThatPointInsideAreRefused() {
    try (TestPlatform production = TestPlatform.start(false, new JsonObject().put("webhooksAllowInsecure", false))) {
      String token = production.token("5d9b1c6e-0000-4000-8000-00000000c001", "AdminAgent");
      for (String url : List.of("http://hooks.example.com/x", "https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x",
          "https://169.254.169.254/latest/meta-data", "https://[::1]/x", "ftp://hooks.example.com/x")) {
        assertRefused(production.post("/v1/webhooks", token, new JsonObject().put("url", url).encode()), 400);
      }
    }
  }
}
