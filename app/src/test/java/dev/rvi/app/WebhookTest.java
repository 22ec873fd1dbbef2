package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.notification.NotificationService;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  /** How many more calls to each path answer 500. */
  private static final Map<String, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();

  private static final AtomicInteger SLOW_CALLS = new AtomicInteger();

  private record Received(Instant at, String id, String timestamp, String signature, String body, String path) {}

  @BeforeAll
  static void start() throws Exception {
    platform = TestPlatform.startWithServices(true, s -> s.withWebhookTimeoutMs(1_500));
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    // A path fails as often as FAILURES_LEFT says; /down always fails; /slow does not answer the first call at all.
    receiver = platform.vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      Received r = new Received(Instant.now(), request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
          request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8), request.path());
      RECEIVED.add(r);
      if (request.path().equals("/slow") && SLOW_CALLS.getAndIncrement() == 0) {
        return;
      }
      boolean fail = request.path().equals("/down") || failuresLeft(request.path()).getAndDecrement() > 0;
      request.response().setStatusCode(fail ? 500 : 200).end("ok");
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

  private static List<Received> receivedOfType(String path, String type) {
    return RECEIVED.stream().filter(r -> r.path().equals(path) && new JsonObject(r.body()).getString("type").equals(type)).toList();
  }

  private static AtomicInteger failuresLeft(String path) {
    return FAILURES_LEFT.computeIfAbsent(path, p -> new AtomicInteger());
  }

  private static List<Received> receivedWithId(String id) {
    return RECEIVED.stream().filter(r -> r.id().equals(id)).toList();
  }

  private static String register(String path, List<String> events) {
    TestPlatform.Reply created = platform.post("/v1/webhooks", contoso.token, new JsonObject()
        .put("url", "http://127.0.0.1:" + receiver.actualPort() + path).put("events", events).encode());
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  private static String ping(String webhook) {
    TestPlatform.Reply pinged = platform.post("/v1/webhooks/" + webhook + "/ping", contoso.token, "");
    assertEquals(202, pinged.status(), pinged::toString);
    return pinged.json().getString("eventId");
  }

  private static List<JsonObject> deliveries(String webhook) {
    return platform.get("/v1/webhooks/" + webhook + "/deliveries", contoso.token).items();
  }

  /** Rotation: a new secret shown once; for a day both sign each delivery, so a receiver with either verifies it. */
  @Test
  void aRotatedSecretAndTheOldOneBothVerifyForADay() throws Exception {
    TestPlatform.Reply created = platform.post("/v1/webhooks", contoso.token, new JsonObject()
        .put("url", "http://127.0.0.1:" + receiver.actualPort() + "/rotate").put("events", List.of("webhook.ping")).encode());
    String webhook = created.json().getString("id");
    String oldSecret = created.json().getString("secret");
    TestPlatform.Reply rotated = platform.post("/v1/webhooks/" + webhook + "/rotateSecret", contoso.token, "");
    assertEquals(200, rotated.status(), rotated::toString);
    String newSecret = rotated.json().getString("secret");
    assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(oldSecret));
    assertEquals(null, platform.get("/v1/webhooks/" + webhook, contoso.token).json().getString("secret"), "shown once");
    assertTrue(platform.get("/v1/webhooks/" + webhook, contoso.token).json().containsKey("previousSecretValidUntil"));
    String event = ping(webhook);
    Eventually.await(() -> !receivedWithId(event).isEmpty(), "the ping arrives");
    Received r = receivedWithId(event).get(0);
    assertEquals(2, r.signature().split(" ").length, r::toString);
    assertTrue(verifies(newSecret, r) && verifies(oldSecret, r), r::toString);
    byte[] other = new byte[24];
    new SecureRandom().nextBytes(other);
    assertTrue(!verifies("whsec_" + Base64.getEncoder().encodeToString(other), r), "not any secret verifies it");
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/rotateSecret", platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), ""), 404);
  }

  /** An endpoint gets its deliveries in order: while the first is retried, the ones after it wait. */
  @Test
  void deliveriesToOneEndpointArriveInOrderThroughRetries() throws Exception {
    String webhook = register("/ordered", List.of("webhook.ping"));
    failuresLeft("/ordered").set(2);
    List<String> sent = List.of(ping(webhook), ping(webhook), ping(webhook));
    Eventually.await(() -> sent.stream().allMatch(id -> !receivedWithId(id).isEmpty()), "all three arrive");
    List<String> firstArrivals = RECEIVED.stream().map(Received::id).filter(sent::contains).distinct().toList();
    assertEquals(sent, firstArrivals, "in the order they were made");
    List<Received> tries = receivedWithId(sent.get(0));
    assertEquals(3, tries.size(), "the first was tried three times (two 500s)");
    Duration firstGap = Duration.between(tries.get(0).at(), tries.get(1).at());
    Duration secondGap = Duration.between(tries.get(1).at(), tries.get(2).at());
    assertTrue(firstGap.toMillis() >= 900 && secondGap.compareTo(firstGap) > 0, "the gaps grow: " + firstGap + ", " + secondGap);
    Instant firstDelivered = receivedWithId(sent.get(0)).get(2).at();
    assertTrue(!receivedWithId(sent.get(1)).get(0).at().isBefore(firstDelivered), "the second waited for the first");
  }

  /** A receiver that does not answer is given up on after the timeout, and tried again after a gap. */
  @Test
  void aTimeoutIsRetried() throws Exception {
    String webhook = register("/slow", List.of("webhook.ping"));
    String event = ping(webhook);
    Eventually.await(() -> receivedWithId(event).size() >= 2, "tried again after the timeout");
    List<Received> attempts = receivedWithId(event);
    assertTrue(Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 1_500 + 900, "the timeout, then the gap");
    Eventually.await(() -> deliveries(webhook).stream().anyMatch(d -> d.getString("status").equals("delivered") && d.getInteger("attempts") == 2),
        "delivered on the second attempt");
    JsonObject logged = deliveries(webhook).get(0);
    assertTrue(logged.getLong("latencyMs") >= 0, logged::encode);
  }

  /** A manual retry sends a delivery again (the same event id), for this partner's deliveries only. */
  @Test
  void aDeliveryCanBeSentAgainByHand() throws Exception {
    String webhook = register("/again", List.of("webhook.ping"));
    String event = ping(webhook);
    Eventually.await(() -> deliveries(webhook).stream().anyMatch(d -> d.getString("status").equals("delivered")), "delivered");
    String delivery = deliveries(webhook).get(0).getString("id");
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/retry",
        platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), ""), 404);
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/deliveries/999999999/retry", contoso.token, ""), 404);
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/deliveries/abc/retry", contoso.token, ""), 404);
    assertEquals(202, platform.post("/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/retry", contoso.token, "").status());
    Eventually.await(() -> receivedWithId(event).size() == 2, "sent again with the same id");
  }

  /** PATCH changes what an endpoint wants; one that failed for five days is turned off, with an event, until turned on. */
  @Test
  void anEndpointFailingForDaysIsDisabledAndCanBeTurnedOn() throws Exception {
    String watcher = register("/watcher", List.of("webhook.disabled"));
    String webhook = register("/down", List.of("order.completed"));
    TestPlatform.Reply patched = platform.patch("/v1/webhooks/" + webhook, contoso.token,
        new JsonObject().put("events", List.of("webhook.ping")).put("description", "down on purpose").encode());
    assertEquals(200, patched.status(), patched::toString);
    assertEquals(List.of("webhook.ping"), patched.json().getJsonArray("events").getList());
    assertRefused(platform.patch("/v1/webhooks/" + webhook, contoso.token, new JsonObject().put("events", List.of("order.shipped")).encode()), 400);
    assertRefused(platform.patch("/v1/webhooks/" + webhook, contoso.token, "{}"), 400);
    assertRefused(platform.patch("/v1/webhooks/" + webhook, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"),
        new JsonObject().put("description", "mine").encode()), 404);

    String event = ping(webhook);
    Eventually.await(() -> receivedWithId(event).size() >= 1, "the first attempt fails");
    // The failure is written after the receiver answers: the clock moves only once it is, so the retry falls due.
    Eventually.await(() -> deliveries(webhook).stream().anyMatch(d -> d.getInteger("attempts") >= 1), "the failed attempt is logged");
    platform.moveClockBy(Duration.ofDays(6));
    Eventually.await(() -> platform.get("/v1/webhooks/" + webhook, contoso.token).json().getString("status").equals("disabled"),
        "turned off at the next failure, six days on");
    JsonObject disabled = platform.get("/v1/webhooks/" + webhook, contoso.token).json();
    assertTrue(disabled.getString("disabledReason").contains("5 days"), disabled::encode);
    Eventually.await(() -> deliveries(webhook).get(0).getString("status").equals("failed"), "its delivery is given up");
    Eventually.await(() -> platform.get("/v1/events?type=webhook.disabled", contoso.token).items().stream()
        .anyMatch(e -> e.getJsonObject("data").getString("webhookId").equals(webhook)), "the partner's feed tells of it");
    Eventually.await(() -> receivedOfType("/watcher", "webhook.disabled").stream()
        .anyMatch(r -> new JsonObject(r.body()).getJsonObject("data").getString("webhookId").equals(webhook)), "and its other endpoint");
    assertRefused(platform.post("/v1/webhooks/" + webhook + "/ping", contoso.token, ""), 409);
    assertEquals("enabled", platform.patch("/v1/webhooks/" + webhook, contoso.token, "{\"disabled\": false}").json().getString("status"));
    assertEquals(204, platform.delete("/v1/webhooks/" + watcher, contoso.token).status());
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

    failuresLeft("/hooks").set(1);
    String[] c = contoso.newCustomer("webhooks.example", "US");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    Eventually.await(() -> receivedOfType("/hooks", "order.completed").size() >= 2, "the purchase is posted, then posted again after the 500");
    List<Received> attempts = receivedOfType("/hooks", "order.completed");
    assertEquals(attempts.get(0).id(), attempts.get(1).id(), "a retry keeps the event's id");
    assertTrue(Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 900, "the retry waits");
    for (Received r : attempts) {
      assertTrue(verifies(secret, r), r::toString);
      assertTrue(Math.abs(Long.parseLong(r.timestamp()) - platform.clock.instant().getEpochSecond()) < 300, r::toString);
      JsonObject body = new JsonObject(r.body());
      assertEquals(r.id(), body.getString("id"));
      assertEquals(c[0], body.getString("customerId"));
    }
    Eventually.await(() -> platform.get("/v1/webhooks/" + webhook + "/deliveries", contoso.token).items().stream()
        .anyMatch(d -> d.getString("status").equals("delivered") && d.getInteger("attempts") == 2 && d.getInteger("responseCode") == 200),
        "the log shows two attempts and the 200");

    String pinged = ping(webhook);
    Eventually.await(() -> !receivedWithId(pinged).isEmpty(), "the ping arrives");
    assertTrue(verifies(secret, receivedWithId(pinged).get(0)));

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
    try (TestPlatform production = TestPlatform.startWithServices(false, s -> s.withWebhooksAllowInsecure(false))) {
      String token = production.token("5d9b1c6e-0000-4000-8000-00000000c001", "AdminAgent");
      for (String url : List.of("http://hooks.example.com/x", "https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x",
          "https://169.254.169.254/latest/meta-data", "https://[::1]/x", "ftp://hooks.example.com/x")) {
        assertRefused(production.post("/v1/webhooks", token, new JsonObject().put("url", url).encode()), 400);
      }
    }
  }

  /**
   * The notification service going away loses nothing: a delivery that was failing is sent when it is back, and an
   * event made while it was away waits in the order service's outbox and is delivered then.
   */
  @Test
  void deliveriesAndEventsSurviveARestartOfTheNotificationService() throws Exception {
    String webhook = register("/restart", List.of("order.completed"));
    failuresLeft("/restart").set(1_000);
    String[] c = contoso.newCustomer("webhooks-restart.example", "US");
    String item = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
    contoso.reservation(c[0], c[1], item, 1, "P1Y", "shared");
    String failing = "SELECT count(*) FROM notification.delivery WHERE endpoint_id = '" + webhook + "' AND attempts >= 2 AND claimed_until IS NULL";
    Eventually.await(() -> count(failing) == 1, "two attempts failed, the next one waits");
    platform.platform.stopService("notification").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    failuresLeft("/restart").set(0);
    contoso.reservation(c[0], c[1], item, 1, "P1Y", "shared");
    Thread.sleep(1500);
    assertEquals(1, count("SELECT count(*) FROM orders.outbox WHERE topic = 'event' AND delivered_at IS NULL "
        + "AND payload ->> 'customerId' = '" + c[0] + "'"), "the second purchase's event waits in the outbox");
    platform.platform.startService(new NotificationService(), platform.options).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    Eventually.await(() -> deliveries(webhook).stream().filter(d -> d.getString("status").equals("delivered")).count() == 2,
        "both purchases delivered after the restart");
    List<String> ids = RECEIVED.stream().filter(r -> r.path().equals("/restart")).map(Received::id).distinct().toList();
    assertEquals(2, ids.size(), ids::toString);
  }

  private static long count(String sql) {
    try {
      return platform.number(sql);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
