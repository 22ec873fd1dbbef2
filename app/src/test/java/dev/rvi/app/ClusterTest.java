package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.testing.ClusterCertificates;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.postgres.EmbeddedPostgresServer;
import dev.rvi.postgres.testing.TestDatabase;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Seven JVMs on loopback (gateway, catalog with the directory, order, support, billing, usage, notification), as nodes of one
 * clustered event bus on one Postgres, with mutual TLS on the event bus and every request signed with the cluster's secret. Rogue
 * JVMs that join the membership without a certificate from the cluster's CA, or with one but without the
 * secret, get nothing done. The purchase flow runs through the gateway; the order node is stopped while
 * requests run (callers get a fast 503/504, never a 500, nothing half-written), comes back, and
 * Idempotency-Key retries leave exactly one order per cart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
  private static final List<String> ROLES = List.of("catalog,directory", "order", "support", "billing", "usage", "notification", "gateway");
  private static final int ORDER = ROLES.indexOf("order");
  private static final List<Process> NODES = new ArrayList<>();
  private static Path dataDir;
  private static DatabaseSettings db;
  /** A second Postgres server: the billing and notification services keep their schemas there and nowhere else. */
  private static DatabaseSettings second;
  private static final Set<String> ON_SECOND = Set.of("billing", "notification");
  private static int httpPort;
  private static int[] memberPorts;
  private static String members;
  private static String base;
  private static DevelopmentKeys keys;
  private static ClusterCertificates authority;
  private static Path secret;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startCluster() throws Exception {
    dataDir = Files.createTempDirectory("rvi-cluster");
    db = TestDatabase.fresh();
    second = EmbeddedPostgresServer.start(dataDir.resolve("second-postgres")).settings();
    keys = DevelopmentKeys.loadOrCreate(dataDir);
    authority = ClusterCertificates.newAuthority(dataDir.resolve("pki"), "cluster");
    secret = dataDir.resolve("cluster.secret");
    Files.writeString(secret, Base64.getEncoder().encodeToString(randomBytes(48)) + "\n");
    httpPort = freePort();
    memberPorts = new int[ROLES.size()];
    List<String> member = new ArrayList<>();
    for (int i = 0; i < memberPorts.length; i++) {
      memberPorts[i] = freePort();
      member.add("127.0.0.1:" + memberPorts[i]);
    }
    members = String.join(",", member);
    base = "http://127.0.0.1:" + httpPort;
    // Every role on a node of its own.
    for (int i = 0; i < ROLES.size(); i++) {
      NODES.add(node(ROLES.get(i), i));
    }
    awaitHealthy();
  }

  @AfterAll
  static void stopCluster() {
    for (Process p : NODES) {
      p.destroy();
    }
    for (Process p : NODES) {
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Process node(String roles, int index) throws Exception {
    ClusterCertificates.NodeCertificate certificate = authority.node("node-" + roles.replace(',', '-') + "-" + System.nanoTime());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx192m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "node", "--role", roles,
        "--cluster-host", "127.0.0.1", "--member-port", String.valueOf(memberPorts[index]), "--bus-port", "0",
        "--members", members, "--cluster-name", "rvi-test-" + ProcessHandle.current().pid(), "--http-port", String.valueOf(httpPort),
        "--host", "127.0.0.1", "--data-dir", dataDir.toString(), "--instances", "1"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("node-" + roles.replace(',', '-') + "-" + System.nanoTime() + ".log").toFile());
    Map<String, String> env = builder.environment();
    if (ON_SECOND.contains(roles)) {
      env.remove("DATABASE_URL");
      env.put(ServiceDatabases.variable(roles), url(second));
    } else {
      env.put("DATABASE_URL", url(db));
    }
    env.put("RVI_BUS_TIMEOUT_MS", "3000");
    env.put("RVI_ACCESS_LOG", "false");
    env.put("RVI_CLUSTER_TLS_CERT_FILE", certificate.cert().toString());
    env.put("RVI_CLUSTER_TLS_KEY_FILE", certificate.key().toString());
    env.put("RVI_CLUSTER_TLS_CA_FILE", authority.ca.toString());
    env.put("RVI_CLUSTER_SECRET_FILE", secret.toString());
    return builder.start();
  }

  private static String url(DatabaseSettings settings) {
    return "postgres://" + settings.user() + "@" + settings.host() + ":" + settings.port() + "/" + settings.database();
  }

  /** The schemas of one server. */
  private static Set<String> schemas(DatabaseSettings settings) throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
         ResultSet rows = c.createStatement().executeQuery("SELECT schema_name FROM information_schema.schemata")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static void awaitHealthy() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        last = health.body();
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the cluster did not become healthy: " + last + "\n" + logs());
  }

  private static String logs() throws IOException {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(dataDir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        String text = Files.readString(p);
        out.append("== ").append(p.getFileName()).append('\n').append(text, Math.max(0, text.length() - 3000), text.length());
      }
    }
    return out.toString();
  }

  private static String token(String tenant, String role) {
    return TokenForge.rs256(keys.privateKeyPem(), TokenForge.claims(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, tenant, role));
  }

  private static TestPlatform.Reply call(String method, String path, String token, String body, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new TestPlatform.Reply(response.statusCode(), response.body(), response);
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /**
   * A free port below Linux's ephemeral range (32768 and up), so no outgoing connection of these JVMs can
   * take it between now and the moment a node binds it.
   */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = 20_000 + RANDOM.nextInt(12_000);
      try (ServerSocket s = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      } catch (IOException taken) {
        // another one
      }
    }
    throw new IOException("no free port below the ephemeral range");
  }

  /** A rogue JVM's one line of output (see {@link RogueNode}), after it joined the membership and asked. */
  private static String rogue(String partnerId, String... tls) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), RogueNode.class.getName(), String.valueOf(freePort()),
        "0", members, "rvi-test-" + ProcessHandle.current().pid(), partnerId));
    command.addAll(List.of(tls));
    Path log = dataDir.resolve("rogue-" + partnerId + ".log");
    Process rogue = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(rogue.waitFor(3, TimeUnit.MINUTES), "the rogue finished");
    String said = Files.readString(log);
    String outcome = said.lines().filter(l -> l.startsWith("ROGUE ")).findFirst().orElse("no outcome: " + said);
    assertTrue(outcome.startsWith("ROGUE "), outcome);
    return outcome;
  }

  private static boolean onboarded(String partnerId) throws Exception {
    return call("GET", "/v1/admin/partners", token("operator", "Operator"), null, null).body().contains(partnerId);
  }

  @Test
  @Order(1)
  void aRogueWithoutTheClustersCertificateGetsNothingDone() throws Exception {
    String plain = rogue("rogue-plain");
    assertFalse(plain.startsWith("ROGUE ANSWERED"), plain);
    ClusterCertificates stranger = ClusterCertificates.newAuthority(dataDir.resolve("stranger-pki"), "stranger");
    ClusterCertificates.NodeCertificate forged = stranger.node("forged");
    String otherCa = rogue("rogue-other-ca", forged.cert().toString(), forged.key().toString(), authority.ca.toString());
    assertFalse(otherCa.startsWith("ROGUE ANSWERED"), otherCa);
    assertFalse(onboarded("rogue-plain") || onboarded("rogue-other-ca"), "no partner was onboarded");
    awaitHealthy();
  }

  @Test
  @Order(2)
  void aRogueWithACertificateButWithoutTheSecretIsRefused() throws Exception {
    ClusterCertificates.NodeCertificate stolen = authority.node("stolen");
    String outcome = rogue("rogue-stolen-cert", stolen.cert().toString(), stolen.key().toString(), authority.ca.toString());
    assertEquals("ROGUE REFUSED RECIPIENT_FAILURE 401", outcome);
    assertFalse(onboarded("rogue-stolen-cert"), "no partner was onboarded");
    awaitHealthy();
  }

  /**
   * A rogue that joins the membership and registers consumers at the order and catalog addresses, as if it served
   * them: it cannot prove it is one of the cluster's nodes, so nothing is routed to it and every request is answered.
   */
  @Test
  @Order(3)
  void aRogueServingTheServicesAddressesGetsNoRequests() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), RogueNode.class.getName(), String.valueOf(freePort()),
        "0", members, "rvi-test-" + ProcessHandle.current().pid(), "decoy:20"));
    Path log = dataDir.resolve("rogue-decoy.log");
    Process decoy = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      for (String said = Files.readString(log); !said.contains("DECOY READY"); said = Files.readString(log)) {
        assertTrue(decoy.isAlive() && System.nanoTime() < deadline, "the decoy did not come up: " + said);
        Thread.sleep(200);
      }
      Thread.sleep(2_000);
      String operator = token("operator", "Operator");
      String admin = token(DemoData.CONTOSO.id(), "AdminAgent");
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(call("GET", i % 2 == 0 ? "/v1/admin/partners" : "/v1/products?country=US&targetView=AzureReservationsVM",
            i % 2 == 0 ? operator : admin, null, null).status());
      }
      assertEquals(30, statuses.stream().filter(status -> status == 200).count(),
          () -> "every legitimate request is answered by the cluster's own nodes: " + statuses);
      assertTrue(decoy.waitFor(90, TimeUnit.SECONDS), "the decoy finished");
      String said = Files.readString(log);
      assertTrue(said.contains("DECOY RECEIVED 0"), "requests reached the decoy: " + said);
    } finally {
      decoy.destroyForcibly();
    }
    awaitHealthy();
  }

  @Test
  @Order(4)
  void purchaseFlowAcrossNodesSurvivesTheOrderNodeGoingAway() throws Exception {
    String operator = token("operator", "Operator");
    assertEquals(200, call("POST", "/v1/admin/priceSheets", operator, DemoData.samplePriceSheet(), null).status());
    assertEquals(201, call("POST", "/v1/admin/partners", operator, "{\"id\":\"" + DemoData.CONTOSO.id() + "\",\"name\":\"Contoso\","
        + "\"mpnId\":\"4711001\",\"type\":\"direct\",\"country\":\"US\"}", null).status());
    String admin = token(DemoData.CONTOSO.id(), "AdminAgent");
    String customer = call("POST", "/v1/customers", admin, "{\"companyProfile\":{\"domain\":\"cluster.example\"},"
        + "\"billingProfile\":{\"companyName\":\"Cluster Co\",\"defaultAddress\":{\"country\":\"US\"}}}", null).json().getString("id");
    String subscription = call("POST", "/v1/customers/" + customer + "/subscriptions", admin, "{\"friendlyName\":\"main\"}", null)
        .json().getString("id");
    assertEquals(202, call("POST", "/v1/customers/" + customer + "/subscriptions/" + subscription + "/registrations", admin, null, null).status());
    String item = call("GET", "/v1/reservedInstances?country=US&armSkuName=Standard_D2s_v5&armRegionName=eastus&term=P1Y", admin, null, null)
        .items().get(0).getString("catalogItemId");
    String cartBody = Shop.cart(null, Shop.line(0, item, 1, "P1Y", subscription, "single"));

    int carts = 8;
    Set<String> orders = new HashSet<>();
    Process orderNode = NODES.get(ORDER);
    long fastestFailure = Long.MAX_VALUE;
    int failures = 0;
    for (int i = 0; i < carts; i++) {
      if (i == 3) {
        orderNode.destroy();  // SIGTERM: the node leaves the cluster while the next requests arrive
      }
      String cartId = null;
      for (int attempt = 0; ; attempt++) {
        long started = System.nanoTime();
        TestPlatform.Reply cart = call("POST", "/v1/customers/" + customer + "/carts", admin, cartBody, "cart-" + i);
        if (cart.status() == 201) {
          cartId = cart.json().getString("id");
          TestPlatform.Reply bought = call("POST", "/v1/customers/" + customer + "/carts/" + cartId + "/checkout", admin, null, "checkout-" + i);
          if (bought.status() == 201) {
            orders.add(bought.json().getJsonArray("orders").getJsonObject(0).getString("id"));
            // A retry with the same key after success gets the same order, not a second one.
            TestPlatform.Reply again = call("POST", "/v1/customers/" + customer + "/carts/" + cartId + "/checkout", admin, null, "checkout-" + i);
            assertEquals(bought.json(), again.json());
            break;
          }
          cart = bought;
        }
        TestPlatform.Reply refused = cart;
        assertTrue(refused.status() == 503 || refused.status() == 504, () -> "a missing order node is 503/504, got " + refused);
        failures++;
        fastestFailure = Math.min(fastestFailure, System.nanoTime() - started);
        if (failures == 3) {
          // The caller has seen the outage; the node comes back.
          assertTrue(orderNode.waitFor(60, TimeUnit.SECONDS), "the order node stopped");
          orderNode = node("order", ORDER);
          NODES.set(ORDER, orderNode);
        }
        assertTrue(attempt < 240, "the order node did not come back");
        Thread.sleep(500);
        cartId = null;
      }
    }
    assertTrue(failures > 0, "the order node was down for some requests");
    // The gateway waits 3 s for a service here: a failure comes within that wait, never after a hang.
    assertTrue(TimeUnit.NANOSECONDS.toMillis(fastestFailure) < 6_000, "failures are fast: " + fastestFailure / 1_000_000 + " ms");
    assertEquals(carts, orders.size(), "one order per cart");
    JsonObject history = call("GET", "/v1/customers/" + customer + "/orders", admin, null, null).json();
    assertEquals(carts, history.getInteger("totalCount"), "no order lost or doubled");
    // Each order's event crossed from the order node's outbox to the notification node, once.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int events = 0;
    while (System.nanoTime() < deadline && events != carts) {
      events = call("GET", "/v1/events?type=order.completed&customerId=" + customer, admin, null, null).json().getInteger("totalCount");
      Thread.sleep(200);
    }
    assertEquals(carts, events, "one order.completed per order");
    // Billing, on the second Postgres, has every charge: one purchase line per order on the invoices.
    String billing = token(DemoData.CONTOSO.id(), "BillingAdmin");
    int purchases = 0;
    for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); System.nanoTime() < until && purchases != carts; Thread.sleep(200)) {
      purchases = 0;
      for (JsonObject invoice : call("GET", "/v1/invoices", billing, null, null).items()) {
        purchases += (int) call("GET", "/v1/invoices/" + invoice.getString("id") + "/lineitems", billing, null, null).items().stream()
            .filter(line -> "purchase".equals(line.getString("chargeType"))).count();
      }
    }
    assertEquals(carts, purchases, "every purchase reached billing on its own Postgres");
    Set<String> onFirst = schemas(db);
    Set<String> onSecond = schemas(second);
    assertTrue(onSecond.containsAll(ON_SECOND), () -> "billing and notification migrated on the second server: " + onSecond);
    assertFalse(onFirst.contains("billing") || onFirst.contains("notification"), () -> "nothing of theirs on the first: " + onFirst);
    assertTrue(onFirst.containsAll(Set.of("catalog", "directory", "orders", "support", "usage")), () -> onFirst.toString());
    assertTrue(new File(dataDir.toFile(), "keys").isDirectory());
  }
}
