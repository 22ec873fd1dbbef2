package dev.rvi.directory.subscription;

import dev.rvi.directory.access.AccessGrantMapper;
import dev.rvi.directory.access.AccessGrantView;
import dev.rvi.directory.customer.Customers;
import dev.rvi.directory.partner.PartnerContext;
import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.CustomerRef;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.AgentAccessRef;
import dev.rvi.domain.directory.SubscriptionCreate;
import dev.rvi.domain.directory.SubscriptionUpdate;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.idempotency.Idempotency;
import dev.rvi.domain.paging.CollectionPage;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Customers' Azure subscriptions: status and origin, registration for reserved-instance purchase, and
 * the explicit access that sales and helpdesk agents need before they act on one.
 */
public final class Subscriptions {
  private static final String SOURCE = "directory";
  public static final Set<String> ORIGINS = Set.of("csp", "transferredFromDirect", "transferredFromEA");
  public static final Set<String> STATUSES = Set.of("active", "suspended", "deleted");

  private final Pool pool;
  private final Clock clock;
  private final Idempotency idempotency;
  private final BenefitSubscriptions benefits;

  public Subscriptions(Pool pool, Clock clock, Idempotency idempotency) {
    this.pool = pool;
    this.clock = clock;
    this.idempotency = idempotency;
    this.benefits = new BenefitSubscriptions(pool, clock);
  }

  public Future<String> create(Caller caller, SubscriptionCreate s, String key, String hash) {
    String origin = s.origin() == null ? "csp" : s.origin();
    if (!ORIGINS.contains(origin)) {
      throw Errors.badRequest(SOURCE, "origin must be one of csp, transferredFromDirect, transferredFromEA");
    }
    if (s.friendlyName() == null || s.friendlyName().isBlank() || s.friendlyName().length() > 100) {
      throw Errors.badRequest(SOURCE, "friendlyName is required (at most 100 characters)");
    }
    if (s.reservations() != null && !s.reservations().isEmpty()) {
      throw ApiError.of(400, ErrorCode.RESERVATIONS_DO_NOT_TRANSFER, "reservations are not transferred with a subscription "
          + "moved into CSP; buy new reservations for it", SOURCE).exception();
    }
    return PartnerContext.of(pool, caller)
        .compose(partner -> Customers.owned(pool, partner, s.customerId()).map(c -> partner))
        .compose(partner -> idempotency.once(partner.id(), key, hash, recorder -> pool.withTransaction(conn -> {
          String id = s.id() != null ? s.id() : UUID.randomUUID().toString();
          return conn.preparedQuery(DirectorySql.SUBSCRIPTION_INSERT)
              .execute(Tuple.of(id, s.customerId(), partner.id(), s.friendlyName().trim(), origin, OffsetDateTime.now(clock)))
              .compose(v -> owned(conn, partner, s.customerId(), id))
              .compose(sub -> recorder.record(conn, SubscriptionView.of(sub).encode()));
        })));
  }

  /** The customer's Azure subscriptions, then the subscriptions its savings plans show as (those the caller sees). */
  public Future<JsonObject> list(Caller caller, CustomerRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, ids.customerId())
        .compose(c -> pool.preparedQuery(DirectorySql.SUBSCRIPTION_LIST).execute(Tuple.of(ids.customerId(), partner.id())))
        .compose(rows -> benefits.lines(partner, caller, ids.customerId()).map(lines -> {
          JsonArray items = new JsonArray();
          rows.forEach(row -> items.add(SubscriptionView.of(SubscriptionMapper.of(row))));
          lines.forEach(items::add);
          return CollectionPage.of(items);
        })));
  }

  public Future<JsonObject> get(Caller caller, SubscriptionRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> benefits.line(partner, caller, ids)
        .compose(line -> line != null ? Future.succeededFuture(line) : visible(pool, partner, ids).map(SubscriptionView::of)));
  }

  public Future<JsonObject> update(Caller caller, SubscriptionUpdate u) {
    if (u.status() != null && !STATUSES.contains(u.status())) {
      throw Errors.badRequest(SOURCE, "status must be one of active, suspended, deleted");
    }
    if (u.status() == null && u.friendlyName() == null) {
      throw Errors.badRequest(SOURCE, "nothing to change: give status or friendlyName");
    }
    return PartnerContext.of(pool, caller).compose(partner -> BenefitSubscriptions.notABenefit(pool, partner, u.customerId(),
            u.subscriptionId(), "changed as a subscription")
        .compose(v -> owned(pool, partner, u.customerId(), u.subscriptionId()))
        .compose(sub -> {
          if (sub.deleted() && !"deleted".equals(u.status())) {
            throw Errors.conflict(SOURCE, "a deleted subscription cannot change");
          }
          return pool.preparedQuery(DirectorySql.SUBSCRIPTION_UPDATE)
              .execute(Tuple.of(u.subscriptionId(), u.customerId(), partner.id(), u.status(), u.friendlyName()));
        })
        .compose(v -> owned(pool, partner, u.customerId(), u.subscriptionId())))
        .map(SubscriptionView::of);
  }

  /** Registration for reserved-instance purchase; it completes at once here. */
  public Future<JsonObject> register(Caller caller, SubscriptionRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> BenefitSubscriptions.notABenefit(pool, partner, ids.customerId(),
            ids.subscriptionId(), "registered")
        .compose(v -> owned(pool, partner, ids.customerId(), ids.subscriptionId()))
        .compose(sub -> {
          if (!sub.active()) {
            throw ApiError.of(400, ErrorCode.SUBSCRIPTION_NOT_ACTIVE, "subscription " + ids.subscriptionId() + " is not active", SOURCE).exception();
          }
          return pool.preparedQuery(DirectorySql.SUBSCRIPTION_REGISTER).execute(Tuple.of(ids.subscriptionId(), ids.customerId(), partner.id()));
        })
        .compose(v -> owned(pool, partner, ids.customerId(), ids.subscriptionId())))
        .map(RegistrationView::of);
  }

  public Future<JsonObject> registrationStatus(Caller caller, SubscriptionRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> BenefitSubscriptions.notABenefit(pool, partner, ids.customerId(),
            ids.subscriptionId(), "registered")
        .compose(v -> visible(pool, partner, ids))).map(RegistrationView::of);
  }

  /** Who has explicit access to a subscription of the partner's (another partner's: 404). */
  public Future<JsonObject> agentAccessList(Caller caller, SubscriptionRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> owned(pool, partner, ids.customerId(), ids.subscriptionId())
        .compose(s -> pool.preparedQuery(DirectorySql.AGENT_ACCESS_LIST).execute(Tuple.of(ids.subscriptionId(), partner.id()))))
        .map(rows -> {
          JsonArray items = new JsonArray();
          rows.forEach(r -> items.add(AccessGrantView.of(AccessGrantMapper.of(r))));
          return CollectionPage.of(items);
        });
  }

  public Future<JsonObject> agentAccess(Caller caller, AgentAccessRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> owned(pool, partner, ids.customerId(), ids.subscriptionId())
        .compose(s -> pool.preparedQuery(DirectorySql.AGENT_ACCESS_GET).execute(Tuple.of(ids.subscriptionId(), ids.userId(), partner.id()))))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(SOURCE, "user " + ids.userId() + " has no explicit access to this subscription");
          }
          return AccessGrantView.of(AccessGrantMapper.of(rows.iterator().next()));
        });
  }

  public Future<JsonObject> grant(Caller caller, AgentAccessRef ids) {
    if (ids.userId() == null || !ids.userId().matches("[A-Za-z0-9@._\\-]{1,128}")) {
      throw Errors.badRequest(SOURCE, "userId must be a user id or principal name");
    }
    return PartnerContext.of(pool, caller).compose(partner -> owned(pool, partner, ids.customerId(), ids.subscriptionId())
        .compose(s -> pool.preparedQuery(DirectorySql.AGENT_ACCESS_GRANT)
            .execute(Tuple.of(ids.subscriptionId(), ids.userId(), partner.id(), caller.userId(), OffsetDateTime.now(clock))))
        .compose(v -> pool.preparedQuery(DirectorySql.AGENT_ACCESS_GET).execute(Tuple.of(ids.subscriptionId(), ids.userId(), partner.id()))))
        .map(rows -> AccessGrantView.of(AccessGrantMapper.of(rows.iterator().next())));
  }

  public Future<String> revoke(Caller caller, AgentAccessRef ids) {
    return PartnerContext.of(pool, caller).compose(partner -> owned(pool, partner, ids.customerId(), ids.subscriptionId())
        .compose(s -> pool.preparedQuery(DirectorySql.AGENT_ACCESS_REVOKE).execute(Tuple.of(ids.subscriptionId(), ids.userId(), partner.id()))))
        .map(rows -> {
          if (rows.rowCount() == 0) {
            throw Errors.notFound(SOURCE, "user " + ids.userId() + " has no explicit access to this subscription");
          }
          return null;
        });
  }

  private static Future<Subscription> visible(SqlClient sql, PartnerContext partner, SubscriptionRef ids) {
    return sql.preparedQuery(DirectorySql.SUBSCRIPTION_VISIBLE).execute(Tuple.of(ids.subscriptionId(), ids.customerId(), partner.id()))
        .map(rows -> first(rows, ids.subscriptionId()));
  }

  /** The subscription if the caller's partner owns it; 404 otherwise. */
  public static Future<Subscription> owned(SqlClient sql, PartnerContext partner, String customerId, String subscriptionId) {
    return sql.preparedQuery(DirectorySql.SUBSCRIPTION_OWNED).execute(Tuple.of(subscriptionId, customerId, partner.id()))
        .map(rows -> first(rows, subscriptionId));
  }

  private static Subscription first(RowSet<Row> rows, String subscriptionId) {
    if (rows.size() == 0) {
      throw Errors.notFound(SOURCE, "subscription " + subscriptionId + " not found");
    }
    return SubscriptionMapper.of(rows.iterator().next());
  }
}
