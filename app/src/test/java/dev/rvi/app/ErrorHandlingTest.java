package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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

  /**
   * JSON bodies are UTF-8 and strict: what Vert.x's own reader took (comments, UTF-16 and UTF-32 guessed from the first
   * bytes, a byte order mark) and objects that give a key twice, in one spelling or two (keys are read in any case), are 400.
   */
  @Test
  void onlyStrictUtf8JsonIsRead() {
    String fine = "{\"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\"}]}";
    assertEquals(200, platform.post(INVENTORY, token, fine).status(), "the body below, as sent, is fine");
    JsonObject comment = assertRefused(platform.post(INVENTORY, token, "{\"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\"}] /* c */}"), 400, 400);
    assertTrue(comment.getString("description").contains("comments"), comment::encode);
    assertRefused(platform.post(INVENTORY, token, "// a line comment\n" + fine), 400, 400);
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("UTF-32LE"))) {
      JsonObject wide = assertRefused(postBytes(fine.getBytes(charset)), 400, 400);
      assertTrue(wide.getString("description").contains("UTF-8"), () -> charset + ": " + wide.encode());
    }
    byte[] utf8 = fine.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertTrue(assertRefused(postBytes(bom), 400, 400).getString("description").contains("byte order mark"));
    JsonObject twice = assertRefused(platform.post(INVENTORY, token,
        "{\"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\"}], \"targetItems\": [{\"productId\": \"OTHER\"}]}"), 400, 400);
    assertTrue(twice.getString("description").contains("\"targetItems\"") && twice.getString("description").contains("any case"), twice::encode);
    JsonObject inner = assertRefused(platform.post(INVENTORY, token,
        "{\"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\", \"PRODUCTID\": \"OTHER\"}]}"), 400, 400);
    assertTrue(inner.getString("description").contains("/TargetItems/0"), inner::encode);
    assertRefused(platform.post(INVENTORY, token, "{\"TargetItems\": [], \"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\"}]}"), 400, 400);
    assertRefused(platform.post("/v1/admin/partners", platform.operatorToken(), "{\"id\": \"a\", \"ID\": \"b\"}"), 400, 400);
  }

  private static TestPlatform.Reply postBytes(byte[] body) {
    return platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + INVENTORY)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
  }

  /**
   * RFC 9112 §6.1: a request with both Content-Length and Transfer-Encoding is refused, and its connection closed, so
   * nothing a proxy framed differently (here, a request behind the chunked body) is served. Vert.x alone would drop the
   * Content-Length, serve the chunked request and the one behind it, and keep the connection.
   */
  @Test
  void bothContentLengthAndTransferEncodingIs400AndTheConnectionIsClosed() throws Exception {
    String chunk = "{\"TargetItems\": [{\"ProductId\": \"NOSUCHPRODUCT\"}]}";
    String request = "POST " + INVENTORY + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
        + "\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n"
        + "GET /v1/customers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    URI base = URI.create(platform.baseUrl);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(15_000);
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
        fail("the gateway kept the connection open after answering: " + all.toString(StandardCharsets.UTF_8));
      }
      String answer = all.toString(StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertEquals(1, answer.split("HTTP/1\\.1 ", -1).length - 1, "one answer, none for the request behind the body: " + answer);
      String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
      assertTrue(head.contains("\r\nconnection: close"), answer);
      assertTrue(head.contains("\r\ncontent-type: application/json"), answer);
      JsonObject error = new JsonObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertEquals(400, error.getInteger("code"));
      assertEquals("gateway", error.getString("source"));
      assertNotNull(error.getJsonArray("data"));
      assertTrue(error.getString("description").contains("both Content-Length and Transfer-Encoding"), error::encode);
    }
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
    for (String service : new String[] {"catalog", "order", "support", "billing", "usage", "notification"}) {
      assertEquals("UP", health.json().getJsonObject("services").getJsonObject(service).getString("status"), service);
    }
  }
}
