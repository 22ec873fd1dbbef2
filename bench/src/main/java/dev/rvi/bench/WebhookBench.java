package dev.rvi.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook deliveries against a receiver on loopback: how many the product delivers per second to {@code endpoints}
 * endpoints (in order per endpoint, as it sends them), against the same number of signed POSTs sent straight to the
 * same receiver by one sender per endpoint (the ceiling of the receiver and loopback HTTP); and the delay from a change
 * to its delivery, for pings and for purchases (checkout answered → order.completed received).
 * With a JDBC URL of the product's database, also a burst: that many deliveries written at once in one statement
 * (straight into the notification schema, as a burst of changes leaves them), timed until the receiver has them all.
 * <pre>java -cp app/target/app.jar:bench/target/classes dev.rvi.bench.WebhookBench baseUrl token [endpoints] [pingsEach] [samples]
 *     [partnerId jdbcUrl]</pre>
 * Prints key=value lines.
 */
public final class WebhookBench {
  private static final Map<String, Long> ARRIVED = new ConcurrentHashMap<>();
  private static final Map<String, String> ORDER_EVENTS = new ConcurrentHashMap<>();
  private static final AtomicLong RECEIVED = new AtomicLong();
  private static BenchApi api;

  public static void main(String[] args) throws Exception {
    api = new BenchApi(args[0], args[1]);
    int endpoints = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int each = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    int samples = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    String partner = args.length > 5 ? args[5] : null;
    String jdbcUrl = args.length > 6 ? args[6] : null;
    Vertx vertx = Vertx.vertx();
    HttpServer receiver = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      long now = System.nanoTime();
      RECEIVED.incrementAndGet();
      String id = request.getHeader("webhook-id");
      if (id != null) {
        ARRIVED.putIfAbsent(id, now);
        JsonObject event = new JsonObject(body.toString(StandardCharsets.UTF_8));
        if ("order.completed".equals(event.getString("type"))) {
          ORDER_EVENTS.put(event.getJsonObject("data").getString("orderId"), id);
        }
      }
      request.response().end();
    })).listen(0, "127.0.0.1").await(30, TimeUnit.SECONDS);
    String target = "http://127.0.0.1:" + receiver.actualPort();

    // The baseline: the same number of signed POSTs, one sender per endpoint, each waiting for its answer.
    byte[] key = new byte[24];
    long baselineBegan = System.nanoTime();
    HttpClientAgent direct = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(endpoints));
    List<Future<Void>> senders = new ArrayList<>();
    for (int e = 0; e < endpoints; e++) {
      senders.add(sendInOrder(direct, target + "/direct", key, each));
    }
    Future.all(senders).await(10, TimeUnit.MINUTES);
    double baseline = endpoints * (double) each / ((System.nanoTime() - baselineBegan) / 1e9);
    System.out.printf("baselineDeliveriesPerSecond=%.0f%n", baseline);
    ARRIVED.clear();

    List<String> hooks = new ArrayList<>();
    for (int e = 0; e < endpoints; e++) {
      hooks.add(call("POST", "/v1/webhooks", new JsonObject().put("url", target + "/ping/" + e).put("events", List.of("webhook.ping")).encode())
          .getString("id"));
    }
    // Throughput: every endpoint's pings made through the API by 8 clients, until the receiver has all of them.
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<CompletableFuture<String>> pings = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < each; i++) {
      for (String hook : hooks) {
        pings.add(CompletableFuture.supplyAsync(() -> call("POST", "/v1/webhooks/" + hook + "/ping", "").getString("eventId"), clients));
      }
    }
    List<String> ids = new ArrayList<>();
    for (CompletableFuture<String> f : pings) {
      ids.add(f.get());
    }
    double madeSeconds = (System.nanoTime() - began) / 1e9;
    awaitAll(ids);
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.printf("endpoints=%d%npingsEach=%d%npingsPerSecond=%.0f%ndeliveries=%d%ndeliveriesPerSecond=%.0f%n", endpoints, each,
        ids.size() / madeSeconds, ids.size(), ids.size() / seconds);

    // The sender alone: deliveries made all at once in the database (as a burst of changes would leave them), sent out.
    if (jdbcUrl != null) {
      List<String> bulk = new ArrayList<>();
      StringBuilder endpointIds = new StringBuilder();
      for (String hook : hooks) {
        endpointIds.append(endpointIds.length() == 0 ? "" : ",").append(hook);
      }
      String run = Long.toString(System.nanoTime(), 36);
      for (int i = 1; i <= endpoints * each; i++) {
        bulk.add("evt_bulk_" + run + "_" + i);
      }
      long burst;
      try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
        burst = System.nanoTime();
        sql.execute("WITH e AS (INSERT INTO notification.event (id, type, partner_id, created_at, data) SELECT 'evt_bulk_" + run + "_' || g, "
            + "'webhook.ping', '" + partner + "', now(), '{}'::jsonb FROM generate_series(1, " + bulk.size() + ") g RETURNING id, seq) "
            + "INSERT INTO notification.delivery (endpoint_id, event_id, created_at) SELECT (string_to_array('" + endpointIds + "', ','))"
            + "[1 + (e.seq % " + endpoints + ")], e.id, now() FROM e ORDER BY e.seq");
      }
      awaitAll(bulk);
      System.out.printf("burstDeliveriesPerSecond=%.0f%n", bulk.size() / ((System.nanoTime() - burst) / 1e9));
    }

    // Delay, one change at a time: a ping, then a purchase.
    double[] pingDelay = new double[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      String id = call("POST", "/v1/webhooks/" + hooks.get(0) + "/ping", "").getString("eventId");
      awaitAll(List.of(id));
      pingDelay[i] = (ARRIVED.get(id) - t) / 1e6;
    }
    BenchApi.report("pingToDelivery", pingDelay);
    for (String hook : hooks) {
      call("DELETE", "/v1/webhooks/" + hook, null);
    }
    call("POST", "/v1/webhooks", new JsonObject().put("url", target + "/orders").put("events", List.of("order.completed")).encode());
    String customer = call("POST", "/v1/customers", "{\"companyProfile\":{\"domain\":\"webhook-bench-" + UUID.randomUUID() + ".example\"},"
        + "\"billingProfile\":{\"companyName\":\"Bench\",\"defaultAddress\":{\"country\":\"US\"}}}").getString("id");
    String subscription = call("POST", "/v1/customers/" + customer + "/subscriptions", "{\"friendlyName\":\"bench\"}").getString("id");
    call("POST", "/v1/customers/" + customer + "/subscriptions/" + subscription + "/registrations", null);
    String item = call("GET", "/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y", null)
        .getJsonArray("items").getJsonObject(0).getString("catalogItemId");
    double[] orderDelay = new double[samples];
    for (int i = 0; i < samples; i++) {
      String cart = call("POST", "/v1/customers/" + customer + "/carts", "{\"lineItems\":[{\"catalogItemId\":\"" + item + "\",\"quantity\":1,"
          + "\"termDuration\":\"P1Y\",\"provisioningContext\":{\"subscriptionId\":\"" + subscription + "\",\"scope\":\"shared\"}}]}").getString("id");
      JsonObject bought = call("POST", "/v1/customers/" + customer + "/carts/" + cart + "/checkout", null);
      long t = System.nanoTime();
      String order = bought.getJsonArray("orders").getJsonObject(0).getString("id");
      long deadline = t + TimeUnit.SECONDS.toNanos(30);
      while (!ORDER_EVENTS.containsKey(order)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("order " + order + " was not delivered within 30 s");
        }
        Thread.sleep(0, 200_000);
      }
      orderDelay[i] = (ARRIVED.get(ORDER_EVENTS.get(order)) - t) / 1e6;
    }
    BenchApi.report("checkoutToDelivery", orderDelay);
    clients.shutdown();
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private static Future<Void> sendInOrder(HttpClientAgent client, String url, byte[] key, int left) {
    if (left == 0) {
      return Future.succeededFuture();
    }
    String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
    long timestamp = System.currentTimeMillis() / 1000;
    String body = new JsonObject().put("id", id).put("type", "webhook.ping").put("data", new JsonObject()).encode();
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url).putHeader("content-type", "application/json")
        .putHeader("webhook-id", id).putHeader("webhook-timestamp", String.valueOf(timestamp))
        .putHeader("webhook-signature", sign(key, id + "." + timestamp + "." + body));
    return client.request(options).compose(r -> r.send(Buffer.buffer(body))).compose(r -> r.body())
        .compose(v -> sendInOrder(client, url, key, left - 1));
  }

  private static String sign(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitAll(List<String> ids) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (!ids.stream().allMatch(ARRIVED::containsKey)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not every delivery arrived within 10 minutes");
      }
      Thread.sleep(0, 200_000);
    }
  }

  private static JsonObject call(String method, String path, String body) {
    return api.call(method, path, body, null);
  }



}
