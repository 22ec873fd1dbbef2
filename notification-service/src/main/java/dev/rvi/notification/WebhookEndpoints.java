package dev.rvi.notification;

import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.DeliveryRef;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.notification.WebhookCreate;
import dev.rvi.domain.notification.WebhookUpdate;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner's webhook endpoints: registered, changed, turned off and on, secrets rotated, pinged; their delivery log and retries. */
final class WebhookEndpoints {
  /** How long the secret a rotation replaces keeps signing, so receivers can switch without missing a delivery. */
  static final Duration OLD_SECRET_VALID = Duration.ofHours(24);

  private final Pool pool;
  private final Clock clock;
  private final WebhookTargets targets;

  private final Runnable planned;

  /** {@code planned}: told when a delivery was planned here (a ping), so that it goes at once. */
  WebhookEndpoints(Pool pool, Clock clock, WebhookTargets targets, Runnable planned) {
    this.pool = pool;
    this.clock = clock;
    this.targets = targets;
    this.planned = planned;
  }

  Future<JsonObject> create(String partnerId, WebhookCreate request) {
    targets.parse(request.url());
    List<String> events = types(request.events());
    List<String> customers = request.customerIds() == null ? List.of() : request.customerIds();
    String id = "wh_" + UUID.randomUUID().toString().replace("-", "");
    String secret = WebhookSignature.newSecret();
    return pool.preparedQuery(NotificationSql.ENDPOINT_INSERT).execute(Tuple.from(new Object[] {id, partnerId, request.url().trim(), secret,
            events.toArray(String[]::new), customers.toArray(String[]::new), request.description(), OffsetDateTime.now(clock)}))
        .compose(v -> find(partnerId, id)).map(e -> WebhookEndpointView.withSecret(e, secret));
  }

  private static List<String> types(List<String> events) {
    List<String> types = events == null ? List.of() : events;
    for (String type : types) {
      if (!EventTypes.ALL.contains(type)) {
        throw Errors.badRequest("notification", "unknown event type " + type + "; the types are " + String.join(", ", EventTypes.ALL));
      }
    }
    return types;
  }

  Future<JsonObject> list(String partnerId) {
    return pool.preparedQuery(NotificationSql.ENDPOINTS).execute(Tuple.of(partnerId)).map(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(row -> items.add(WebhookEndpointView.of(WebhookEndpointMapper.of(row))));
      return CollectionPage.of(items);
    });
  }

  Future<JsonObject> get(String partnerId, String id) {
    return find(partnerId, id).map(WebhookEndpointView::of);
  }

  private Future<WebhookEndpoint> find(String partnerId, String id) {
    return pool.preparedQuery(NotificationSql.ENDPOINT).execute(Tuple.of(id, partnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw notFound(id);
      }
      return WebhookEndpointMapper.of(rows.iterator().next());
    });
  }

  private static RuntimeException notFound(String id) {
    return Errors.notFound("notification", "webhook " + id + " not found");
  }

  Future<JsonObject> update(String partnerId, WebhookUpdate u) {
    if (u.url() != null) {
      targets.parse(u.url());
    }
    if (u.url() == null && u.events() == null && u.customerIds() == null && u.description() == null && u.disabled() == null) {
      throw Errors.badRequest("notification", "nothing to change: give url, events, customerIds, description or disabled");
    }
    String[] events = u.events() == null ? null : types(u.events()).toArray(String[]::new);
    String[] customers = u.customerIds() == null ? null : u.customerIds().toArray(String[]::new);
    return pool.preparedQuery(NotificationSql.ENDPOINT_UPDATE).execute(Tuple.from(new Object[] {u.webhookId(), partnerId,
            u.url() == null ? null : u.url().trim(), events, customers, u.description(), u.disabled(), OffsetDateTime.now(clock)}))
        .compose(rows -> {
          if (rows.rowCount() == 0) {
            throw notFound(u.webhookId());
          }
          return get(partnerId, u.webhookId());
        });
  }

  Future<JsonObject> delete(String partnerId, String id) {
    return pool.preparedQuery(NotificationSql.ENDPOINT_DELETE).execute(Tuple.of(id, partnerId)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw notFound(id);
      }
      return new JsonObject();
    });
  }

  /** A new secret, shown this once; deliveries carry a signature with each of the two until the old one lapses. */
  Future<JsonObject> rotate(String partnerId, String id) {
    String secret = WebhookSignature.newSecret();
    OffsetDateTime oldUntil = OffsetDateTime.now(clock).plus(OLD_SECRET_VALID);
    return pool.preparedQuery(NotificationSql.ROTATE_SECRET).execute(Tuple.of(id, partnerId, secret, oldUntil)).compose(rows -> {
      if (rows.rowCount() == 0) {
        throw notFound(id);
      }
      return find(partnerId, id).map(e -> WebhookEndpointView.withSecret(e, secret));
    });
  }

  /** A ping: an event of the endpoint's partner that only this endpoint gets. */
  Future<JsonObject> ping(String partnerId, String webhookId) {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    OffsetDateTime now = OffsetDateTime.now(clock);
    return find(partnerId, webhookId).compose(e -> {
      if (e.disabled()) {
        throw Errors.conflict("notification", "webhook " + webhookId + " is disabled; PATCH it with {\"disabled\": false} first");
      }
      return pool.withTransaction(conn -> conn.preparedQuery(NotificationSql.OWN_EVENT)
            .execute(Tuple.of(eventId, EventTypes.WEBHOOK_PING, partnerId, now, new JsonObject().put("webhookId", webhookId).encode()))
            .compose(v -> conn.preparedQuery(NotificationSql.PING_DELIVERY).execute(Tuple.of(webhookId, eventId, now))));
    }).map(v -> {
      planned.run();
      return new JsonObject().put("eventId", eventId);
    });
  }

  Future<JsonObject> deliveries(String partnerId, String webhookId) {
    return find(partnerId, webhookId).compose(e -> pool.preparedQuery(NotificationSql.DELIVERIES).execute(Tuple.of(webhookId, partnerId)))
        .map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(WebhookDeliveryView.of(WebhookDeliveryMapper.of(row))));
          return CollectionPage.of(items);
        });
  }

  /** Sent again as soon as its turn comes (delivered ones too: a receiver that lost one asks for it again). */
  Future<JsonObject> retry(String partnerId, DeliveryRef ref) {
    long id;
    try {
      id = Long.parseLong(ref.deliveryId());
    } catch (NumberFormatException e) {
      throw Errors.notFound("notification", "delivery " + ref.deliveryId() + " not found");
    }
    return pool.preparedQuery(NotificationSql.RETRY).execute(Tuple.of(id, ref.webhookId(), partnerId, OffsetDateTime.now(clock))).map(rows -> {
      if (rows.rowCount() == 0) {
        throw Errors.notFound("notification", "delivery " + ref.deliveryId() + " of webhook " + ref.webhookId() + " not found");
      }
      return new JsonObject().put("id", ref.deliveryId()).put("status", "pending");
    });
  }
}
