package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.postgres.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code serve}, in a JVM of its own: it starts with the demo data, answers,
 * and on SIGTERM finishes the request in flight before it exits.
 */
class ServeCommandTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void serveStartsWithTheDemoAndStopsGracefullyOnSigterm() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-serve");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DatabaseSettings db = TestDatabase.fresh();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--http-port", String.valueOf(port),
        "--host", "127.0.0.1", "--data-dir", dataDir.toString())
        .redirectErrorStream(true).redirectOutput(dataDir.resolve("serve.log").toFile());
    builder.environment().put("DATABASE_URL", "postgres://" + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database()
        + "?sslmode=disable");
    builder.environment().put("RVI_ACCESS_LOG", "false");
    Process serve = builder.start();
    Vertx vertx = Vertx.vertx();
    try {
      String base = "http://127.0.0.1:" + port;
      awaitHealthy(base, serve, dataDir);
      TokenMinter minter = new TokenMinter(vertx, DevelopmentKeys.loadOrCreate(dataDir), TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE);
      String partner = minter.mint(DemoData.CONTOSO.id(), List.of("SalesAgent"), "serve-test", Duration.ofMinutes(5));
      HttpResponse<String> catalog = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/reservedInstances?country=US&size=5"))
          .header("Authorization", "Bearer " + partner).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, catalog.statusCode(), catalog.body());
      assertEquals(5, new JsonObject(catalog.body()).getJsonArray("items").size(), "the demo catalog is there");

      String operator = minter.mint(DemoData.OPERATOR_TENANT, List.of("Operator"), "serve-test", Duration.ofMinutes(5));
      CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/v1/admin/priceSheets"))
          .header("Authorization", "Bearer " + operator).header("Content-Type", "application/json").timeout(Duration.ofSeconds(90))
          .POST(HttpRequest.BodyPublishers.ofString(BigPriceSheet.json())).build(), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300);
      assertFalse(inFlight.isDone(), "the load is still running when SIGTERM comes");
      serve.destroy(); // SIGTERM
      HttpResponse<String> answer = inFlight.get(90, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(5040, new JsonObject(answer.body()).getInteger("rowsLoaded"));
      assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "serve exits after SIGTERM");
    } finally {
      serve.destroyForcibly();
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  /** Until serve says it is up (after the demo data is in), and the gateway says it is ready. */
  private static void awaitHealthy(String base, Process serve, Path dataDir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!serve.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(dataDir.resolve("serve.log")));
      }
      if (Files.readString(dataDir.resolve("serve.log")).contains("API is up at")) {
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode());
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("serve did not come up: " + Files.readString(dataDir.resolve("serve.log")));
  }
}
