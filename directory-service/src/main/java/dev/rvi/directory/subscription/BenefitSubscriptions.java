package dev.rvi.directory.subscription;

import dev.rvi.directory.access.AgentAccess;
import dev.rvi.directory.partner.PartnerContext;
import dev.rvi.directory.sql.DirectorySql;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.customer.SubscriptionRef;
import dev.rvi.domain.directory.BenefitSubscriptionChange;
import dev.rvi.domain.directory.BenefitSubscriptionChanges;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Savings plans as the subscriptions Partner Center lists them as (unit type Benefit), from the directory's own rows,
 * kept from the order service's outbox: the directory never asks the order service. They are read as the plans are:
 * by the partner that sold them and the reseller of record; a sales or helpdesk agent sees one only with explicit
 * access to the Azure subscription it is billed to. They are changed through the plan, never as a subscription.
 */
public final class BenefitSubscriptions {
  private static final String SOURCE = "directory";

  private final Pool pool;
  private final Clock clock;

  public BenefitSubscriptions(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** A batch of the order service's changes, in one transaction; a change older than the row's last is skipped. */
  public Future<NoBody> apply(BenefitSubscriptionChanges batch) {
    List<Tuple> changes = new ArrayList<>();
    for (BenefitSubscriptionChange c : batch.changes()) {
      changes.add(Tuple.of(c.row(), c.at(), c.sequence()));
    }
    if (changes.isEmpty()) {
      return Future.succeededFuture(NoBody.INSTANCE);
    }
    return pool.withTransaction(conn -> conn.preparedQuery(DirectorySql.BENEFIT_SUBSCRIPTION_APPLY).executeBatch(changes))
        .map(v -> NoBody.INSTANCE);
  }

  /** The lines of a customer's plans the caller sees (the customer was checked to be visible), oldest first. */
  Future<JsonArray> lines(PartnerContext partner, Caller caller, String customerId) {
    return AgentAccess.of(pool, partner, caller, customerId).compose(access -> pool.preparedQuery(DirectorySql.BENEFIT_SUBSCRIPTION_LIST)
        .execute(Tuple.of(customerId, partner.id())).map(rows -> {
          JsonArray lines = new JsonArray();
          rows.forEach(row -> {
            BenefitSubscription b = BenefitSubscriptionMapper.of(row);
            if (access.allows(b.billingSubscriptionId())) {
              lines.add(BenefitSubscriptionView.of(b, clock.instant()));
            }
          });
          return lines;
        }));
  }

  /** The plan's line if the id names one the partner sees (null if it names none), checked for an agent's access. */
  Future<JsonObject> line(PartnerContext partner, Caller caller, SubscriptionRef ids) {
    return find(pool, partner, ids.customerId(), ids.subscriptionId()).compose(b -> {
      if (b == null) {
        return Future.succeededFuture(null);
      }
      return AgentAccess.of(pool, partner, caller, ids.customerId()).map(access -> {
        if (!access.allows(b.billingSubscriptionId())) {
          throw ApiError.of(403, ErrorCode.FORBIDDEN, "user " + caller.userId() + " has no explicit access to subscription "
              + b.billingSubscriptionId() + ", which savings plan " + b.id() + " is billed to", SOURCE).exception();
        }
        return BenefitSubscriptionView.of(b, clock.instant());
      });
    });
  }

  /**
   * Refuses to change or register a plan's line as if it were an Azure subscription (a 400 naming the plan's own
   * route); an id that names no plan the partner sees passes, for the Azure subscription checks to answer.
   */
  static Future<Void> notABenefit(SqlClient sql, PartnerContext partner, String customerId, String subscriptionId, String asked) {
    return find(sql, partner, customerId, subscriptionId).map(b -> {
      if (b != null) {
        throw ApiError.of(400, ErrorCode.NOT_AN_AZURE_SUBSCRIPTION, "subscription " + subscriptionId + " is savings plan " + b.id()
            + " (unit type Benefit), not an Azure subscription: it cannot be " + asked + "; rename it or turn its auto-renewal on or off "
            + "with PATCH /v1/customers/" + customerId + "/savingsPlans/" + b.id(), SOURCE).exception();
      }
      return null;
    });
  }

  private static Future<BenefitSubscription> find(SqlClient sql, PartnerContext partner, String customerId, String subscriptionId) {
    return sql.preparedQuery(DirectorySql.BENEFIT_SUBSCRIPTION_VISIBLE).execute(Tuple.of(subscriptionId, customerId, partner.id()))
        .map(rows -> rows.size() == 0 ? null : BenefitSubscriptionMapper.of(rows.iterator().next()));
  }
}
