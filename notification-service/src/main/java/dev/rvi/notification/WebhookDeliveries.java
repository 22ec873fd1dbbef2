package dev.rvi.notification;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts due deliveries, at least once: each is claimed with a lease (so nodes share the work and one that dies
 * gives its claims back when they lapse), signed as Standard Webhooks says, sent with a 10-second timeout, and a
 * response body read at most to 64 KB. A 2xx answer delivers it; anything else is tried again after a growing
 * gap (1 s, 2 s, 4 s, ... up to an hour, with jitter) until it has been trying for three days.
 */
final class WebhookDeliveries {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);
  static final long TICK_MS = 200;
  private static final int BATCH = 20;
  private static final int LEASE_SECONDS = 60;
  private static final int TIMEOUT_MS = 10_000;
  private static final int RESPONSE_LIMIT = 64 * 1024;

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final WebhookTargets targets;
  private final HttpClient http;
  private boolean stopped;

  WebhookDeliveries(Vertx vertx, Pool pool, Clock clock, WebhookTargets targets) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.targets = targets;
    this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(TIMEOUT_MS).setIdleTimeout(30));
  }

  void start() {
    vertx.setTimer(TICK_MS, id -> tick());
  }

  void stop() {
    stopped = true;
  }

  private void tick() {
    if (stopped) {
      return;
    }
    pool.preparedQuery(NotificationSql.CLAIM_DUE).execute(Tuple.of(BATCH, LEASE_SECONDS)).compose(rows -> {
      List<Future<Void>> sent = new ArrayList<>();
      for (Row row : rows) {
        sent.add(deliver(row));
      }
      return Future.join(sent);
    }).onComplete(done -> {
      if (done.failed()) {
        LOG.debug("webhook deliveries wait: {}", done.cause().getMessage());
      }
      vertx.setTimer(TICK_MS, id -> tick());
    });
  }

  private Future<Void> deliver(Row row) {
    long id = row.getLong("id");
    String eventId = row.getString("event_id");
    String body = new JsonObject().put("id", eventId).put("type", row.getString("type"))
        .put("createdAt", row.getOffsetDateTime("event_created_at").toInstant().toString()).put("partnerId", row.getString("partner_id"))
        .put("customerId", row.getString("customer_id")).put("data", new JsonObject(row.getString("data"))).encode();
    long timestamp = clock.instant().getEpochSecond();
    String signature = WebhookSignature.sign(row.getString("secret"), eventId, timestamp, body);
    URI url = URI.create(row.getString("url"));
    long began = System.nanoTime();
    return vertx.executeBlocking(() -> targets.refusal(url.getHost()), false)
        .compose(refusal -> refusal != null ? Future.failedFuture(new IllegalStateException(refusal)) : post(url, eventId, timestamp, signature, body))
        .transform(answer -> {
          int latency = (int) ((System.nanoTime() - began) / 1_000_000);
          if (answer.succeeded() && answer.result() / 100 == 2) {
            return pool.preparedQuery(NotificationSql.DELIVERED).execute(Tuple.of(id, answer.result(), latency)).mapEmpty();
          }
          int attempts = row.getInteger("attempts") + 1;
          Integer code = answer.succeeded() ? answer.result() : null;
          String error = answer.succeeded() ? "answered " + answer.result() : answer.cause().getMessage();
          return pool.preparedQuery(NotificationSql.ATTEMPT_FAILED).execute(Tuple.of(id, code, latency, error, backoffSeconds(attempts)))
              .mapEmpty();
        });
  }

  /** 1, 2, 4, ... seconds up to an hour, each with up to a quarter more at random, so retries of many deliveries spread. */
  static double backoffSeconds(int attempts) {
    double base = Math.min(3600, Math.pow(2, Math.min(attempts - 1, 12)));
    return base * (1 + ThreadLocalRandom.current().nextDouble(0.25));
  }

  /** The response's status once its body (at most 64 KB of it) is read. */
  private Future<Integer> post(URI url, String eventId, long timestamp, String signature, String body) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url.toString()).setTimeout(TIMEOUT_MS)
        .putHeader("content-type", "application/json").putHeader("webhook-id", eventId)
        .putHeader("webhook-timestamp", String.valueOf(timestamp)).putHeader("webhook-signature", signature)
        .putHeader("user-agent", "rvi-webhooks");
    return http.request(options).compose(request -> request.send(Buffer.buffer(body)).compose(response -> {
      Promise<Integer> done = Promise.promise();
      long[] read = new long[1];
      response.handler(chunk -> {
        read[0] += chunk.length();
        if (read[0] > RESPONSE_LIMIT) {
          request.reset();
          done.tryComplete(response.statusCode());
        }
      });
      response.exceptionHandler(e -> done.tryComplete(response.statusCode()));
      response.endHandler(v -> done.tryComplete(response.statusCode()));
      return done.future();
    }));
  }
}
