package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.dashboard.DashboardSettings;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway as deployed (its verticle, with no services behind it): the framing check and the strict JSON reader are
 * wired in before any route or service, so each refusal here comes from the gateway itself.
 */
class GatewayHardeningTest {
  private static final String INVENTORY = "/v1/extensions/product/checkInventory?country=US";
  private static Vertx vertx;
  private static GatewayVerticle gateway;
  private static String token;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    Path dir = Files.createTempDirectory("rvi-gateway-test");
    DevelopmentKeys keys = DevelopmentKeys.loadOrCreate(dir);
    TokenSettings tokens = TokenSettings.pem(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, keys.publicKeyPem(), 5);
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 64 * 1024, 1024 * 1024, 2_000, tokens, false, false,
        RateLimits.perTenant(100_000), HttpTimeouts.DEFAULT, List.of(), null, DashboardSettings.NONE);
    gateway = new GatewayVerticle(config, MovableClock.system());
    vertx.deployVerticle(gateway).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    token = new TokenMinter(vertx, keys, tokens.issuer(), tokens.audience()).mint("t1", List.of("AdminAgent"), "t1-user", Duration.ofMinutes(10));
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static String base() {
    return "http://127.0.0.1:" + gateway.actualPort();
  }

  @Test
  void bothContentLengthAndTransferEncodingIs400AndTheConnectionIsClosed() throws Exception {
    String chunk = "{\"TargetItems\": [{\"ProductId\": \"X\"}]}";
    String answer = rawUntilClosed("POST " + INVENTORY + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token + "\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk
        + "\r\n0\r\n\r\nGET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertEquals(1, answer.split("HTTP/1\\.1 ", -1).length - 1, "no answer to the request behind the body: " + answer);
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    assertTrue(head.contains("\r\nconnection: close") && head.contains("\r\nx-request-id: "), answer);
    JsonObject error = new JsonObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertEquals(400, error.getInteger("code"));
    assertEquals("gateway", error.getString("source"));
    assertTrue(error.getString("description").contains("both Content-Length and Transfer-Encoding"), error::encode);
  }

  @Test
  void aSoundChunkedRequestIsServed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.actualPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      byte[] head = new byte[12];
      assertEquals(12, socket.getInputStream().readNBytes(head, 0, 12));
      assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
    }
  }

  @Test
  void jsonWithCommentsUtf16OrAKeyTwiceIs400BeforeAnyService() throws Exception {
    String fine = "{\"TargetItems\": [{\"ProductId\": \"X\"}]}";
    assertRefused(post("{\"TargetItems\": [{\"ProductId\": \"X\"}] /* c */}".getBytes(StandardCharsets.UTF_8)), "comments");
    assertRefused(post(("// c\n" + fine).getBytes(StandardCharsets.UTF_8)), "comments");
    assertRefused(post(fine.getBytes(StandardCharsets.UTF_16LE)), "UTF-8");
    assertRefused(post(fine.getBytes(StandardCharsets.UTF_16)), "UTF-16");
    assertRefused(post("{\"TargetItems\": [{\"ProductId\": \"X\", \"productid\": \"Y\"}]}".getBytes(StandardCharsets.UTF_8)),
        "\"productid\"");
    assertRefused(post("{\"TargetItems\": [], \"TargetItems\": [{\"ProductId\": \"X\"}]}".getBytes(StandardCharsets.UTF_8)),
        "\"TargetItems\" twice");
  }

  private static HttpResponse<String> post(byte[] body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base() + INVENTORY)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefused(HttpResponse<String> reply, String words) {
    assertEquals(400, reply.statusCode(), reply::body);
    JsonObject error = new JsonObject(reply.body());
    assertEquals(400, error.getInteger("code"));
    assertEquals("gateway", error.getString("source"));
    assertTrue(error.getString("description").contains(words), error::encode);
  }

  private static String rawUntilClosed(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.actualPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          all.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        fail("the connection was kept open after: " + all.toString(StandardCharsets.UTF_8));
      }
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
