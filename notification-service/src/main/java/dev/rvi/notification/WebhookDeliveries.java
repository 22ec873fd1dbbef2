package dev.rvi.notification;

import dev.rvi.domain.notification.EventTypes;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.Shareable;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts due deliveries, at least once and in order per endpoint: an endpoint's oldest pending delivery goes first and
 * the ones after it wait while it is retried. Each is claimed with a lease (so nodes share the work and one that dies
 * gives its claims back when they lapse), signed as Standard Webhooks says (with the old secret too for a day after a
 * rotation), sent with a timeout (10 seconds unless set), and a response body read at most to 64 KB. A 2xx answer delivers it;
 * anything else is tried again after a growing gap (1 s, 2 s, 4 s, ... up to an hour, with jitter) until it has been
 * trying for three days. An endpoint that has failed for five days is turned off, and its partner gets a
 * {@code webhook.disabled} event.
 */
final class WebhookDeliveries implements Shareable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);
  static final long TICK_MS = 200;
  private static final int PER_ENDPOINT = 20;
  private static final int ENDPOINTS = 50;
  private static final int LEASE_SECONDS = 60;
  static final int TIMEOUT_MS = 10_000;
  static final Duration DISABLE_AFTER = Duration.ofDays(5);

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private final WebhookPost poster;
  private boolean stopped;
  private boolean busy;
  private boolean again;
  private long timer = -1;
  private Context context;

  WebhookDeliveries(Vertx vertx, Pool pool, Clock clock, WebhookTargets targets, int timeoutMs) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
    this.poster = new WebhookPost(vertx, targets, timeoutMs);
  }

  void start() {
    context = vertx.getOrCreateContext();
    timer = vertx.setTimer(TICK_MS, id -> tick());
  }

  void stop() {
    stopped = true;
    poster.close();
  }

  /** New deliveries were planned (by any instance of the verticle): look now rather than at the next tick. */
  void nudge() {
    context.runOnContext(v -> nudgeHere());
  }

  private void nudgeHere() {
    if (busy) {
      again = true;
    } else if (!stopped && vertx.cancelTimer(timer)) {
      tick();
    }
  }

  private void tick() {
    if (stopped) {
      return;
    }
    busy = true;
    again = false;
    pool.preparedQuery(NotificationSql.CLAIM_DUE).execute(Tuple.of(PER_ENDPOINT, LEASE_SECONDS, ENDPOINTS)).compose(rows -> {
      Map<String, List<ClaimedDelivery>> byEndpoint = new LinkedHashMap<>();
      for (Row row : rows) {
        ClaimedDelivery claimed = WebhookDeliveryMapper.claimed(row);
        byEndpoint.computeIfAbsent(claimed.endpointId(), k -> new ArrayList<>()).add(claimed);
      }
      List<Future<Void>> sent = new ArrayList<>();
      byEndpoint.values().forEach(queue -> sent.add(inOrder(queue, 0)));
      return Future.join(sent).map(v -> rows.size());
    }).onComplete(done -> {
      if (done.failed()) {
        LOG.debug("webhook deliveries wait: {}", done.cause().getMessage());
      }
      // Busy (or nudged meanwhile): straight on with the next claim; idle: look again shortly.
      busy = false;
      timer = vertx.setTimer(again || (done.succeeded() && done.result() > 0) ? 1 : TICK_MS, id -> tick());
    });
  }

  /** One endpoint's claimed deliveries, one after the other; after a failure the rest are given back, to wait behind it. */
  private Future<Void> inOrder(List<ClaimedDelivery> queue, int next) {
    if (next >= queue.size()) {
      return Future.succeededFuture();
    }
    return deliver(queue.get(next)).compose(delivered -> {
      if (delivered) {
        return inOrder(queue, next + 1);
      }
      Long[] rest = queue.subList(next + 1, queue.size()).stream().map(ClaimedDelivery::id).toArray(Long[]::new);
      return rest.length == 0 ? Future.succeededFuture() : pool.preparedQuery(NotificationSql.RELEASE).execute(Tuple.of((Object) rest)).mapEmpty();
    });
  }

  private Future<Boolean> deliver(ClaimedDelivery delivery) {
    long id = delivery.id();
    String eventId = delivery.event().id();
    String body = PartnerEventView.of(delivery.event()).encode();
    Instant now = clock.instant();
    long timestamp = now.getEpochSecond();
    String signatures = delivery.secrets().signatures(eventId, timestamp, body, now);
    URI url = URI.create(delivery.url());
    long began = System.nanoTime();
    Map<String, String> headers = Map.of("content-type", "application/json", "webhook-id", eventId,
        "webhook-timestamp", String.valueOf(timestamp), "webhook-signature", signatures, "user-agent", "rvi-webhooks");
    return poster.send(url, headers, body)
        .transform(answer -> {
          int latency = (int) ((System.nanoTime() - began) / 1_000_000);
          if (answer.succeeded() && answer.result() / 100 == 2) {
            return pool.preparedQuery(NotificationSql.DELIVERED).execute(Tuple.of(id, answer.result(), latency)).map(true);
          }
          int attempts = delivery.attempts() + 1;
          Integer code = answer.succeeded() ? answer.result() : null;
          String error = answer.succeeded() ? "answered " + answer.result() : String.valueOf(answer.cause().getMessage());
          OffsetDateTime at = OffsetDateTime.now(clock);
          return pool.preparedQuery(NotificationSql.ATTEMPT_FAILED).execute(Tuple.of(id, code, latency, error, backoffSeconds(attempts), at))
              .compose(rows -> {
                WebhookEndpoint endpoint = rows.size() == 0 ? null : WebhookEndpointMapper.of(rows.iterator().next());
                return endpoint != null && endpoint.failingSince().isBefore(at.minus(DISABLE_AFTER))
                    ? disable(endpoint.id(), at) : Future.succeededFuture();
              })
              .map(false);
        });
  }

  /** Turned off, what it still had to send given up, and a {@code webhook.disabled} event for the partner's other endpoints and feed. */
  private Future<Void> disable(String endpointId, OffsetDateTime at) {
    String reason = "every delivery failed for " + DISABLE_AFTER.toDays() + " days";
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    return pool.withTransaction(conn -> conn.preparedQuery(NotificationSql.DISABLE).execute(Tuple.of(endpointId, at, reason)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture();
      }
      WebhookEndpoint endpoint = WebhookEndpointMapper.of(rows.iterator().next());
      String partnerId = endpoint.partnerId();
      JsonObject data = new JsonObject().put("webhookId", endpointId).put("url", endpoint.url()).put("reason", reason);
      return conn.preparedQuery(NotificationSql.GIVE_UP_PENDING).execute(Tuple.of(endpointId))
          .compose(v -> conn.preparedQuery(NotificationSql.OWN_EVENT).execute(Tuple.of(eventId, EventTypes.WEBHOOK_DISABLED, partnerId, at, data.encode())))
          .compose(v -> conn.preparedQuery(NotificationSql.PLAN_DELIVERIES).execute(Tuple.of(new String[] {eventId}, at)))
          .onSuccess(v -> LOG.warn("webhook {} of partner {} turned off: {}", endpointId, partnerId, reason))
          .mapEmpty();
    }));
  }

  /** 1, 2, 4, ... seconds up to an hour, each with up to a quarter more at random, so retries of many deliveries spread. */
  static double backoffSeconds(int attempts) {
    double base = Math.min(3600, Math.pow(2, Math.min(attempts - 1, 12)));
    return base * (1 + ThreadLocalRandom.current().nextDouble(0.25));
  }

}
