package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM's path: a request in flight when the shutdown starts still gets its answer; new ones find no server. */
class GracefulShutdownTest {

  @Test
  void requestsInFlightFinish() throws Exception {
    TestPlatform platform = TestPlatform.start(false);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String sheet = BigPriceSheet.json();
    CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(platform.baseUrl
            + "/v1/admin/priceSheets")).header("Authorization", "Bearer " + platform.operatorToken())
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(sheet)).build(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    org.junit.jupiter.api.Assertions.assertFalse(inFlight.isDone(), "the load is still running when the shutdown starts");
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(platform.platform::shutdown);
    HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(8400, new JsonObject(answer.body()).getInteger("rowsLoaded"), "5,040 items, each PAYG one with two savings-plan rates");
    stopping.get(60, TimeUnit.SECONDS);
    assertThrows(Exception.class, () -> http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/health/live"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
