package dev.rvi.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that answers an allowed address when it is checked and a forbidden one afterwards. Two
 * receivers listen on the same port, the allowed one on 127.0.0.2 and the forbidden one on 127.0.0.1; the test's
 * policy allows only 127.0.0.2, as production allows only public addresses.
 */
class WebhookPostTest {
  private static final String NAME = "rebind.test";
  private Vertx vertx;
  private HttpServer allowedReceiver;
  private HttpServer forbiddenReceiver;
  private final List<String> allowedHosts = new CopyOnWriteArrayList<>();
  private final AtomicInteger forbiddenHits = new AtomicInteger();
  private int port;

  @BeforeEach
  void receivers() throws Exception {
    vertx = Vertx.vertx();
    allowedReceiver = vertx.createHttpServer().requestHandler(request -> {
      allowedHosts.add(request.getHeader("host"));
      if (request.path().equals("/redirect")) {
        request.response().setStatusCode(302).putHeader("location", "http://127.0.0.1:" + port + "/").end();
      } else {
        request.response().end("ok");
      }
    }).listen(0, "127.0.0.2").await(10, TimeUnit.SECONDS);
    port = allowedReceiver.actualPort();
    forbiddenReceiver = vertx.createHttpServer().requestHandler(request -> {
      forbiddenHits.incrementAndGet();
      request.response().end("should never be reached");
    }).listen(port, "127.0.0.1").await(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private WebhookPost poster(WebhookTargets.Resolver resolver) {
    InetAddress allowed = address("127.0.0.2");
    return new WebhookPost(vertx, new WebhookTargets(false, resolver, allowed::equals), 5_000);
  }

  private Future<Integer> send(WebhookPost poster, String path) {
    return poster.send(URI.create("http://" + NAME + ":" + port + path), Map.of("content-type", "application/json"), "{}");
  }

  @Test
  void connectsToExactlyTheAddressItChecked() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    // Answers the allowed address to the first lookup and loopback to every one after it.
    WebhookPost poster = poster(host -> new InetAddress[] {address(lookups.getAndIncrement() == 0 ? "127.0.0.2" : "127.0.0.1")});
    assertEquals(200, send(poster, "/").await(10, TimeUnit.SECONDS));
    assertEquals(List.of(NAME + ":" + port), allowedHosts, "the Host header keeps the URL's name");
    assertEquals(1, lookups.get(), "the name is looked up once for the attempt; the client never resolves it again");

    ExecutionException refused = assertThrows(ExecutionException.class,
        () -> send(poster, "/").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
    assertTrue(refused.getCause().getMessage().contains("127.0.0.1"), refused.getCause().getMessage());
    assertEquals(2, lookups.get(), "every attempt looks again");
    assertEquals(0, forbiddenHits.get(), "nothing reached the forbidden address");
  }

  @Test
  void oneForbiddenAnswerAmongSeveralRefusesTheName() {
    WebhookPost poster = poster(host -> new InetAddress[] {address("127.0.0.2"), address("127.0.0.1")});
    assertTrue(send(poster, "/").toCompletionStage().toCompletableFuture().handle((v, e) -> e != null).join());
    assertEquals(0, forbiddenHits.get());
    assertEquals(List.of(), allowedHosts);
  }

  @Test
  void redirectsAreAnswersNotFollowed() throws Exception {
    WebhookPost poster = poster(host -> new InetAddress[] {address("127.0.0.2")});
    assertEquals(302, send(poster, "/redirect").await(10, TimeUnit.SECONDS));
    assertEquals(0, forbiddenHits.get(), "the redirect to loopback was not followed");
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
