package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    ServeProcess started = ServeProcess.start(Map.of("RVI_ACCESS_LOG", "false"));
    Process serve = started.process();
    Path dataDir = started.dataDir();
    Vertx vertx = Vertx.vertx();
    try {
      String base = started.base();
      awaitReady(base, serve, dataDir);
      TokenMinter minter = new TokenMinter(vertx, DevelopmentKeys.loadOrCreate(dataDir), TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE);
      // The first moment it is ready, the demo is all in, and an operator's write cannot race it.
      String firstOperator = minter.mint(DemoData.OPERATOR_TENANT, List.of("Operator"), "serve-test", Duration.ofMinutes(5));
      HttpResponse<String> partners = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/admin/partners"))
          .header("Authorization", "Bearer " + firstOperator).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(4, new JsonObject(partners.body()).getInteger("totalCount"), partners.body());
      String admin = minter.mint(DemoData.CONTOSO.id(), List.of("AdminAgent"), "serve-test", Duration.ofMinutes(5));
      HttpResponse<String> customers = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/customers"))
          .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(3, new JsonObject(customers.body()).getInteger("totalCount"), customers.body());
      HttpResponse<String> onboarded = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/admin/partners"))
          .header("Authorization", "Bearer " + firstOperator).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"first-start-partner\", \"name\": \"First\", \"mpnId\": \"7700001\","
              + " \"type\": \"direct\", \"country\": \"US\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(201, onboarded.statusCode(), onboarded.body());
      assertTrue(serve.isAlive());
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
      assertEquals(8400, new JsonObject(answer.body()).getInteger("rowsLoaded"), "5,040 items, each PAYG one with two savings-plan rates");
      assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "serve exits after SIGTERM");
    } finally {
      serve.destroyForcibly();
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  /** Until serve says it is up (after the demo data is in), and the gateway says it is ready. */
  /** Asks readiness as often as a load balancer would, from before the port is open, until the first 200. */
  private static void awaitReady(String base, Process serve, Path dataDir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!serve.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(dataDir.resolve("serve.log")));
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the gateway opens its port only once the demo is in
      }
      Thread.sleep(20);
    }
    throw new AssertionError("serve did not come up: " + Files.readString(dataDir.resolve("serve.log")));
  }
}
