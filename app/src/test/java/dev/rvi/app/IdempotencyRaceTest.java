package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parallel requests with one Idempotency-Key: with the same body, every one gets the first response
 * (waiting for it while it is being made), never a 409 or a 400; with another body, a 422. Exactly one
 * thing is created: here customers, through the gateway (which hashes each body) and the directory. The order
 * service's claims, checkouts among them, are its own IdempotencyTest.
 */
class IdempotencyRaceTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static List<HttpResponse<String>> parallel(int count, String path, String key, List<String> bodies) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(platform.baseUrl + path)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + shop.token).header("Content-Type", "application/json").header("Idempotency-Key", key)
          .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build(), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> replies = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      replies.add(call.get(90, TimeUnit.SECONDS));
    }
    return replies;
  }

  private static String customerBody(String domain) {
    return "{\"companyProfile\":{\"domain\":\"" + domain + "\"},\"billingProfile\":{\"companyName\":\"Race\","
        + "\"defaultAddress\":{\"country\":\"US\"}}}";
  }

  @Test
  void thirtyParallelCustomerCreationsWithOneKeyAllGetTheFirstResponse() throws Exception {
    List<HttpResponse<String>> replies = parallel(30, "/v1/customers", "race-customer", List.of(customerBody("race.example")));
    String first = replies.get(0).body();
    for (HttpResponse<String> reply : replies) {
      assertEquals(201, reply.statusCode(), reply::body);
      assertEquals(first, reply.body());
    }
    long created = platform.get("/v1/customers?size=1000", shop.token).items().stream()
        .filter(c -> c.getJsonObject("companyProfile").getString("domain").equals("race.example")).count();
    assertEquals(1, created);
  }

  @Test
  void parallelRequestsWithOneKeyAndAnotherBodyAre422() throws Exception {
    List<HttpResponse<String>> replies = parallel(12, "/v1/customers", "race-mixed",
        List.of(customerBody("mixed-a.example"), customerBody("mixed-b.example")));
    int created = 0;
    int mismatched = 0;
    String winner = null;
    for (HttpResponse<String> reply : replies) {
      if (reply.statusCode() == 201) {
        created++;
        assertTrue(winner == null || winner.equals(reply.body()), "one response for the key");
        winner = reply.body();
      } else {
        assertEquals(422, reply.statusCode(), reply::body);
        mismatched++;
      }
    }
    assertEquals(6, created, "the six with the winner's body replay its response");
    assertEquals(6, mismatched, "the six with the other body are refused");
  }
}
