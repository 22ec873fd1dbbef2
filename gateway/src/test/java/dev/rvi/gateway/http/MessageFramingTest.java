package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests with ambiguous framing, over a raw socket against a bare Vert.x server with the gateway's two pieces
 * ({@link MessageFraming#onConnection} and {@link MessageFraming#onRequest}), and against one without them, which
 * shows what Vert.x 5 and Netty do alone: the Content-Length of a chunked request is dropped and the request served.
 */
class MessageFramingTest {
  private static Vertx vertx;
  private static HttpServer guarded;
  private static HttpServer plain;
  /** What the route behind the check saw: "METHOD path body". */
  private static final List<String> served = new CopyOnWriteArrayList<>();
  /** Failures no handler took: a refused request's unread body must not surface as one. */
  private static final List<Throwable> unhandled = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    vertx.exceptionHandler(unhandled::add);
    HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0).setHttp2ClearTextEnabled(false);
    guarded = vertx.createHttpServer(options).connectionHandler(c -> MessageFraming.onConnection(c, options))
        .requestHandler(router(true)).listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    plain = vertx.createHttpServer(options).requestHandler(router(false)).listen().toCompletionStage().toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
  }

  private static Router router(boolean checked) {
    Router router = Router.router(vertx);
    if (checked) {
      router.route().handler(MessageFraming.onRequest());
    }
    router.route().handler(BodyHandler.create(false));
    router.route().handler(ctx -> {
      String body = ctx.body().buffer() == null ? "" : ctx.body().asString();
      served.add(ctx.request().method() + " " + ctx.request().path() + " " + body);
      ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject()
          .put("contentLength", ctx.request().getHeader("Content-Length"))
          .put("transferEncoding", ctx.request().getHeader("Transfer-Encoding"))
          .put("body", body).encode());
    });
    return router;
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @BeforeEach
  void forget() {
    served.clear();
    unhandled.clear();
  }

  @AfterEach
  void nothingUnhandled() throws InterruptedException {
    Thread.sleep(100);
    assertEquals(List.of(), unhandled, "exceptions no handler took");
  }

  /** Content-Length says 4 bytes ("0\r\n\r"), chunked says the body is empty; behind it, a second request for a proxy to miss. */
  private static final String SMUGGLING = "POST /v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /v1/admin/partners HTTP/1.1\r\nHost: localhost\r\n\r\n";

  @Test
  void aloneVertxServesAChunkedRequestThatAlsoHasAContentLength() throws Exception {
    String answer = exchange(plain, SMUGGLING, 2);
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    JsonObject first = new JsonObject(firstBody(answer));
    assertNull(first.getString("contentLength"), "Netty drops the Content-Length, so no handler can tell: " + first);
    assertEquals("chunked", first.getString("transferEncoding"));
    assertEquals(List.of("POST /v1/orders ", "GET /v1/admin/partners "), served, "and the request behind it is served too");
  }

  @Test
  void bothContentLengthAndChunkedAre400AndTheConnectionIsClosed() throws Exception {
    String answer = exchange(guarded, SMUGGLING, 1);
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.toLowerCase().contains("\r\nconnection: close\r\n"), answer);
    JsonObject error = new JsonObject(firstBody(answer));
    assertEquals(400, error.getInteger("code"));
    assertEquals("gateway", error.getString("source"));
    assertTrue(error.getString("description").contains("both Content-Length and Transfer-Encoding"), error.encode());
    assertEquals(1, answer.split("HTTP/1.1 ", -1).length - 1, "one answer only, nothing for the request behind it: " + answer);
    assertEquals(List.of(), served, "no route saw either request");
  }

  @Test
  void theContentLengthBeforeOrAfterTheTransferEncodingAndInAnyCaseIsCaught() throws Exception {
    String answer = exchange(guarded, "POST /v1/orders HTTP/1.1\r\nHost: localhost\r\ntransfer-encoding: chunked\r\n"
        + "CONTENT-LENGTH: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 1);
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertEquals(List.of(), served);
  }

  @Test
  void aTransferEncodingOtherThanChunkedIs400() throws Exception {
    for (String coding : List.of("gzip, chunked", "chunked, chunked", "identity", "chunked\r\nTransfer-Encoding: chunked")) {
      String answer = exchange(guarded, "POST /v1/orders HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: " + coding
          + "\r\n\r\n0\r\n\r\n", 1);
      assertTrue(answer.startsWith("HTTP/1.1 400"), coding + ": " + answer);
      assertTrue(new JsonObject(firstBody(answer)).getString("description").contains("Transfer-Encoding"), answer);
    }
    assertEquals(List.of(), served);
  }

  @Test
  void anHttp10RequestWithTransferEncodingIs400() throws Exception {
    String answer = exchange(guarded, "POST /v1/orders HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked"
        + "\r\n\r\n0\r\n\r\n", 1);
    assertTrue(answer.startsWith("HTTP/1.0 400"), answer);
    assertTrue(new JsonObject(firstBody(answer)).getString("description").contains("HTTP/1.0"), answer);
    assertEquals(List.of(), served);
  }

  /** Sound framing is untouched: chunked alone, Content-Length alone, on one kept-alive connection. */
  @Test
  void chunkedAloneAndContentLengthAloneAreServedOnAKeptAliveConnection() throws Exception {
    String answer = exchange(guarded, "POST /a HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
        + "POST /b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nworld"
        + "GET /c HTTP/1.1\r\nHost: localhost\r\n\r\n", 3);
    assertEquals(3, answer.split("HTTP/1.1 200", -1).length - 1, answer);
    assertEquals(List.of("POST /a hello", "POST /b world", "GET /c "), served);
  }

  /**
   * Sends the bytes at once and reads until the server closes the connection or {@code answers} responses are in and
   * nothing more comes for a second.
   */
  private static String exchange(HttpServer server, String request, int answers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.actualPort())) {
      socket.setSoTimeout(1_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      boolean closed = false;
      while (System.nanoTime() < until) {
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException e) {
          if (count(all) >= answers) {
            break;
          }
          continue;
        }
        if (n < 0) {
          closed = true;
          break;
        }
        all.write(buffer, 0, n);
      }
      String text = all.toString(StandardCharsets.UTF_8);
      boolean refused = text.startsWith("HTTP/1.1 400") || text.startsWith("HTTP/1.0 400");
      if (refused) {
        assertTrue(closed, "the server closes the connection after the 400: " + text);
      } else {
        assertFalse(closed, "a sound request keeps its connection: " + text);
      }
      return text;
    }
  }

  private static int count(ByteArrayOutputStream all) {
    return all.toString(StandardCharsets.UTF_8).split("HTTP/1\\.[01] ", -1).length - 1;
  }

  /** The body of the first response (ASCII here), by its Content-Length. */
  private static String firstBody(String answer) {
    int start = answer.indexOf("\r\n\r\n") + 4;
    Matcher length = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(answer.substring(0, start));
    assertTrue(length.find(), answer);
    return answer.substring(start, start + Integer.parseInt(length.group(1)));
  }
}
