package dev.rvi.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * The benches' way to the product's API: one token, a 503 asked again after its Retry-After (five times at most), any
 * other non-2xx answer fails the run; and how they print timings.
 */
final class BenchApi {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String token;

  BenchApi(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The answer's JSON (empty for an empty body); {@code key} is an Idempotency-Key or null. */
  JsonObject call(String method, String path, String body, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(2));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      // A service shedding load answers 503 with Retry-After: a client waits and asks again, as the product asks of them.
      for (int retry = 0; r.statusCode() == 503 && retry < 5; retry++) {
        Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
        r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      }
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body().isEmpty() ? new JsonObject() : new JsonObject(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** p50 and p99 of {@code ms} (sorted here) as key=value lines. */
  static void report(String name, double[] ms) {
    Arrays.sort(ms);
    System.out.printf("%sP50Ms=%.1f%n%sP99Ms=%.1f%n%sCount=%d%n", name, ms[ms.length / 2], name,
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)], name, ms.length);
  }
}
