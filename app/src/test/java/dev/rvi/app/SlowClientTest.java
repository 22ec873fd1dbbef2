package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.http.HttpTimeouts;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that send slowly: a byte every 200 ms keeps the idle timeout (30 s here) from ever firing,
 * so without the header and body deadlines (1 s here) these connections would stay open for as long as
 * the client kept trickling. Each test trickles for at most 20 s and expects the gateway to have cut it.
 */
class SlowClientTest {
  private static final int TRICKLE_LIMIT_MS = 20_000;
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(false, new HttpTimeouts(30, 1, 1, 1));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void headersSentByteByByteAreCutOff() throws Exception {
    try (Socket socket = connect()) {
      CompletableFuture<String> answer = readUntilClosed(socket);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      boolean cut = trickle(out, "X-Slow: 1234567890123456789012345678901234567890", answer);
      assertTrue(cut, "the gateway still waits for headers after " + TRICKLE_LIMIT_MS + " ms of trickling");
      assertEquals("", answer.get(5, TimeUnit.SECONDS), "nothing is answered to a request that never arrived");
    }
  }

  @Test
  void aSilentConnectionIsClosed() throws Exception {
    try (Socket socket = connect()) {
      String answer = readUntilClosed(socket).get(TRICKLE_LIMIT_MS, TimeUnit.MILLISECONDS);
      assertEquals("", answer);
    }
  }

  @Test
  void aBodySentByteByByteIsAnswered408AndChangesNothing() throws Exception {
    int partnersBefore = platform.get("/v1/admin/partners", platform.operatorToken()).items().size();
    String body = new JsonObject().put("id", "slow-partner").put("name", "Slow Partner").put("mpnId", "7000001")
        .put("type", "direct").put("country", "US").encode();
    try (Socket socket = connect()) {
      CompletableFuture<String> answer = readUntilClosed(socket);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/admin/partners HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Authorization: Bearer " + platform.operatorToken() + "\r\nContent-Length: " + body.length() + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      boolean cut = trickle(out, body.substring(0, body.length() - 1), answer);
      assertTrue(cut, "the gateway still waits for the body after " + TRICKLE_LIMIT_MS + " ms of trickling");
      String response = answer.get(5, TimeUnit.SECONDS);
      assertTrue(response.startsWith("HTTP/1.1 408"), response);
      JsonObject error = new JsonObject(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertEquals(408, error.getInteger("code"));
      assertTrue(error.getString("description").contains("did not arrive"), error.encode());
    }
    assertEquals(partnersBefore, platform.get("/v1/admin/partners", platform.operatorToken()).items().size());
  }

  /** The header deadline is for the headers of a request, not for a kept-alive connection between requests. */
  @Test
  void aKeptAliveConnectionOutlivesTheHeaderDeadlineBetweenRequests() throws Exception {
    try (Socket socket = connect()) {
      byte[] request = "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      socket.getOutputStream().write(request);
      assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"));
      Thread.sleep(2_500);
      socket.getOutputStream().write(request);
      assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"),
          "the second request on the same connection is served");
    }
  }

  private static Socket connect() throws IOException {
    URI base = URI.create(platform.baseUrl);
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(TRICKLE_LIMIT_MS + 10_000);
    return socket;
  }

  /** Sends one byte every 200 ms until the connection is closed (true) or the limit passes (false). */
  private static boolean trickle(OutputStream out, String text, CompletableFuture<String> closed) throws InterruptedException {
    long until = System.nanoTime() + TRICKLE_LIMIT_MS * 1_000_000L;
    int i = 0;
    while (System.nanoTime() < until) {
      if (closed.isDone()) {
        return true;
      }
      try {
        out.write(text.charAt(i++ % text.length()));
        out.flush();
      } catch (IOException e) {
        return true;
      }
      Thread.sleep(200);
    }
    return closed.isDone();
  }

  /** Everything the server sends until it closes the connection. */
  private static CompletableFuture<String> readUntilClosed(Socket socket) {
    return CompletableFuture.supplyAsync(() -> {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          all.write(buffer, 0, n);
        }
      } catch (IOException e) {
        // a reset is a close too
      }
      return all.toString(StandardCharsets.UTF_8);
    });
  }

  /** One response with a Content-Length body. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head);
      }
      head.append((char) b);
    }
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return head + new String(body, StandardCharsets.UTF_8);
  }
}
