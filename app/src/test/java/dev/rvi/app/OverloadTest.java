package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Overload on a service's pool: while another session holds a lock on the customers' table, the
 * directory service's four connections all wait on Postgres. Nothing queues without end: requests that
 * find no connection free within the pool's connection timeout (5 s) are answered 503, and those
 * holding connections get 504 once the gateway's wait for the service (10 s here) is over; both in
 * Partner Center's shape. When the lock goes, the service answers normally again.
 */
class OverloadTest {

  @Test
  void requestsBeyondThePoolAreAnswered503NotQueuedForever() throws Exception {
    try (TestPlatform platform = TestPlatform.start(true)) {
      String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
      assertEquals(200, platform.get("/v1/customers", token).status());
      PgConnection blocker = lockCustomers(platform);
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      try {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 12; i++) {
          calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/v1/customers"))
              .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString()));
        }
        // Held well past both the pool's connection timeout (5 s) and the gateway's bus timeout (10 s).
        Thread.sleep(14_000);
      } finally {
        release(blocker);
      }
      int busy = 0;
      int timedOut = 0;
      for (CompletableFuture<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
        JsonObject error = new JsonObject(response.body());
        if (response.statusCode() == 503) {
          assertTrue(error.getString("description").contains("busy"), error.encode());
          assertEquals("2", response.headers().firstValue("Retry-After").orElse(null), "a busy service says when to try again");
          busy++;
        } else {
          assertEquals(504, response.statusCode(), response.body());
          assertEquals(504, error.getInteger("code"));
          timedOut++;
        }
      }
      assertTrue(busy >= 1, "requests beyond the pool are answered 503, not queued");
      assertTrue(timedOut >= 1, "requests held up in the service are answered 504 when the gateway's wait is over");
      assertEquals(200, platform.get("/v1/customers", token).status(), "the service is well again");
    }
  }

  /** A statement stuck on a lock is cancelled by Postgres at the statement timeout: a 503 well before the gateway gives up. */
  @Test
  void aStatementPastTheStatementTimeoutIsCancelledAndAnswered503() throws Exception {
    try (TestPlatform platform = TestPlatform.startWithServices(true, s -> s.withStatementTimeoutMs(1_500))) {
      String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
      PgConnection blocker = lockCustomers(platform);
      HttpResponse<String> stuck;
      try {
        // The lock outlives the gateway's wait (10 s): only the statement timeout can answer before it.
        CompletableFuture<HttpResponse<String>> call = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(platform.baseUrl + "/v1/customers")).header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        stuck = call.get(60, TimeUnit.SECONDS);
      } finally {
        release(blocker);
      }
      assertEquals(503, stuck.statusCode(), stuck.body());
      assertTrue(new JsonObject(stuck.body()).getString("description").contains("took too long"), stuck.body());
      assertEquals(200, platform.get("/v1/customers", token).status(), "the connection went back to the pool in working order");
    }
  }

  /**
   * The database connection breaks under a statement (the backend is killed, as when Postgres restarts or a
   * network path resets): a 503 with Retry-After, and the next request is served on a new connection.
   */
  @Test
  void aConnectionKilledUnderAStatementIs503() throws Exception {
    try (TestPlatform platform = TestPlatform.start(true)) {
      String token = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
      PgConnection blocker = lockCustomers(platform);
      HttpResponse<String> broken;
      try {
        CompletableFuture<HttpResponse<String>> call = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(platform.baseUrl + "/v1/customers")).header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        int killed = 0;
        for (int i = 0; i < 200 && killed == 0; i++) {
          // The service's statement waits on the lock: end its backend, as a crash or reset would.
          killed = blocker.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
              + "AND pid <> pg_backend_pid()").execute().await(30, TimeUnit.SECONDS).size();
          if (killed == 0) {
            Thread.sleep(25);
          }
        }
        assertEquals(1, killed, "the service's statement was found waiting");
        broken = call.get(60, TimeUnit.SECONDS);
      } finally {
        release(blocker);
      }
      assertEquals(503, broken.statusCode(), broken.body());
      assertEquals("2", broken.headers().firstValue("Retry-After").orElse(null));
      assertEquals(200, platform.get("/v1/customers", token).status(), "a new connection serves the next request");
    }
  }

  /** Another session holds the customers' table: every statement on it waits. */
  private static PgConnection lockCustomers(TestPlatform platform) throws Exception {
    PgConnection blocker = PgConnection.connect(platform.vertx, platform.database.connectOptions()).await(30, TimeUnit.SECONDS);
    blocker.query("BEGIN").execute().await(30, TimeUnit.SECONDS);
    blocker.query("LOCK TABLE directory.customer IN ACCESS EXCLUSIVE MODE").execute().await(30, TimeUnit.SECONDS);
    return blocker;
  }

  private static void release(PgConnection blocker) throws Exception {
    blocker.query("ROLLBACK").execute().await(30, TimeUnit.SECONDS);
    blocker.close().await(30, TimeUnit.SECONDS);
  }
}
