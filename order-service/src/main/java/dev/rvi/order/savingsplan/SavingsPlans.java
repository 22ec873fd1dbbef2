package dev.rvi.order.savingsplan;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.notification.EventTypes;
import dev.rvi.domain.paging.CollectionPage;
import dev.rvi.domain.savingsplan.SavingsPlanFilter;
import dev.rvi.domain.savingsplan.SavingsPlanRef;
import dev.rvi.domain.savingsplan.SavingsPlanRefusal;
import dev.rvi.domain.savingsplan.SavingsPlanUpdate;
import dev.rvi.order.access.AgentAccess;
import dev.rvi.order.customer.Customers;
import dev.rvi.order.customer.Subscription;
import dev.rvi.order.customer.SubscriptionMapper;
import dev.rvi.order.outbox.PartnerEvents;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A customer's savings plans: read, renamed, rescoped, auto-renew turned on or off. Cancel, refund and exchange are
 * refused: Microsoft's purchases of savings plans are final. Access is as for reservations: admin agents of the owning
 * partner read and manage, billing admins read, sales and helpdesk agents need explicit access to the plan's
 * subscription, the reseller of record reads.
 */
public final class SavingsPlans {
  private static final String SOURCE = "order";
  /** Microsoft's rule, as refusals quote it. */
  static final String FINAL = "savings plan purchases are final: a savings plan cannot be cancelled, refunded or exchanged "
      + "(turn off auto-renew to let it end at its expiry)";
  private static final Map<String, String> ASKED = Map.of("cancel", "cancelled", "return", "refunded", "refund", "refunded",
      "exchange", "exchanged");

  private enum Need { READ, MANAGE }

  private final Pool pool;
  private final Clock clock;
  private Function<SavingsPlan, Future<JsonObject>> utilization = p -> Future.succeededFuture(null);
  private Function<List<SavingsPlan>, Future<Map<String, JsonObject>>> pageUtilization = page -> Future.succeededFuture(Map.of());

  public SavingsPlans(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** How a plan's view gets its utilization aggregates (the usage service computes them); null leaves none shown. */
  public void showUtilization(Function<SavingsPlan, Future<JsonObject>> utilization) {
    this.utilization = utilization;
  }

  /** How a page of plans gets its aggregates, asked once for the page; plans missing from the answer show none. */
  public void showPageUtilization(Function<List<SavingsPlan>, Future<Map<String, JsonObject>>> pageUtilization) {
    this.pageUtilization = pageUtilization;
  }

  /** A page of the customer's plans, each with the {@code utilization} block a single GET shows. */
  public Future<JsonObject> list(Caller caller, ListQuery q) {
    int offset = q.offset() == null ? 0 : q.offset();
    int size = q.size() == null ? 100 : q.size();
    return PartnerContext.of(pool, caller).compose(partner -> Customers.visible(pool, partner, q.customerId())
        .compose(c -> AgentAccess.of(pool, partner, caller, q.customerId()))
        .compose(access -> pool.preparedQuery(OrderSql.SAVINGS_PLAN_LIST).execute(Tuple.of(q.customerId(), partner.id(), size, offset))
            .compose(rows -> {
              List<SavingsPlan> page = new ArrayList<>();
              long total = 0;
              for (Row row : rows) {
                total = SavingsPlanMapper.pageTotal(row);
                SavingsPlan p = SavingsPlanMapper.of(row);
                if (access.allows(p.subscriptionId())) {
                  page.add(p);
                }
              }
              long shown = access.everySubscription() ? total : page.size();
              Future<Map<String, JsonObject>> aggregates = page.isEmpty() ? Future.succeededFuture(Map.of()) : pageUtilization.apply(page);
              return aggregates.map(byPlan -> {
                JsonArray items = new JsonArray();
                Instant now = clock.instant();
                page.forEach(p -> items.add(SavingsPlanView.of(p, now, byPlan.get(p.id()))));
                return CollectionPage.of(items, shown, offset, q.pageUri());
              });
            })));
  }

  /** The partner's plans across its customers, each with its customer (Azure's lists name none). */
  public Future<JsonObject> partnerPlans(Caller caller, SavingsPlanFilter f) {
    int offset = f.offset() == null ? 0 : f.offset();
    int size = f.size() == null ? 100 : f.size();
    return PartnerContext.of(pool, caller).compose(partner -> pool.preparedQuery(OrderSql.PARTNER_SAVINGS_PLANS)
            .execute(Tuple.of(partner.id(), f.savingsPlanOrderId(), AgentAccess.limitedTo(partner, caller), size, offset)))
        .map(rows -> {
          JsonArray items = new JsonArray();
          long total = 0;
          Instant now = clock.instant();
          for (Row row : rows) {
            total = SavingsPlanMapper.pageTotal(row);
            SavingsPlan p = SavingsPlanMapper.of(row);
            items.add(SavingsPlanView.of(p, now).put("customerId", p.customerId()));
          }
          return CollectionPage.of(items, total, offset, null);
        });
  }

  /** The entitlements of plans named by id (the caller's right to the customer's entitlements was checked), by plan id. */
  public Future<Map<String, JsonObject>> entitlements(List<String> ids) {
    return pool.preparedQuery(OrderSql.SAVINGS_PLANS_NAMED).execute(Tuple.of(ids.toArray(String[]::new))).map(rows -> {
      Map<String, JsonObject> out = new HashMap<>();
      for (Row row : rows) {
        SavingsPlan p = SavingsPlanMapper.of(row);
        out.put(p.id(), SavingsPlanEntitlementView.of(p, SavingsPlanMapper.orderNumber(row)));
      }
      return out;
    });
  }

  /** For alert rules: a partner's plans in force at a moment, of some customers (none named: all). */
  public Future<List<SavingsPlan>> inForce(String partnerId, OffsetDateTime at, String[] customerIds) {
    return pool.preparedQuery(OrderSql.SAVINGS_PLANS_FOR_ALERTS).execute(Tuple.of(partnerId, at, customerIds)).map(rows -> {
      List<SavingsPlan> plans = new ArrayList<>();
      rows.forEach(row -> plans.add(SavingsPlanMapper.of(row)));
      return plans;
    });
  }

  public Future<JsonObject> get(Caller caller, SavingsPlanRef ref) {
    return readable(caller, ref).compose(p -> utilization.apply(p).map(u -> SavingsPlanView.of(p, clock.instant(), u)));
  }

  /** The plan if the caller may read it, checked as {@link #get} checks it. */
  public Future<SavingsPlan> readable(Caller caller, SavingsPlanRef ref) {
    return PartnerContext.of(pool, caller).compose(partner -> require(pool, partner, caller, ref.customerId(), ref.savingsPlanId(), Need.READ));
  }

  /** Microsoft's refusal, once the plan is found to be the caller's: it is not the caller's to know of otherwise. */
  public Future<JsonObject> refuse(Caller caller, SavingsPlanRefusal r) {
    String asked = ASKED.getOrDefault(r.asked(), "changed that way");
    return PartnerContext.of(pool, caller).compose(partner -> require(pool, partner, caller, r.customerId(), r.savingsPlanId(), Need.READ))
        .map(p -> {
          throw ApiError.of(400, ErrorCode.BAD_REQUEST, "savings plan " + p.id() + " cannot be " + asked + ": " + FINAL, SOURCE).exception();
        });
  }

  public Future<JsonObject> update(Caller caller, SavingsPlanUpdate u) {
    String scope = u.appliedScopeType();
    if (scope != null && !scope.equals("Single") && !scope.equals("Shared")) {
      throw Errors.badRequest(SOURCE, "appliedScopeType must be Single or Shared");
    }
    if (u.displayName() == null && scope == null && u.appliedSubscriptionId() == null && u.renew() == null) {
      throw Errors.badRequest(SOURCE, "nothing to change: give displayName, appliedScopeType/appliedScopeProperties or renew");
    }
    if (u.displayName() != null && !u.displayName().matches("[A-Za-z0-9_\\-. ]{1,100}")) {
      throw Errors.badRequest(SOURCE, "displayName is 1 to 100 letters, digits, spaces, '_', '-' or '.'");
    }
    return PartnerContext.of(pool, caller).compose(partner -> require(pool, partner, caller, u.customerId(), u.savingsPlanId(), Need.MANAGE)
        .compose(current -> {
          Instant now = clock.instant();
          if (!now.isBefore(current.expiresAt())) {
            throw Errors.badRequest(SOURCE, "savings plan " + current.id() + " has expired; an expired plan cannot be changed or renewed");
          }
          String newScope = scope != null ? scope : (u.appliedSubscriptionId() != null ? "Single" : current.appliedScopeType());
          if ("Shared".equals(newScope) && u.appliedSubscriptionId() != null) {
            throw Errors.badRequest(SOURCE, "a Shared savings plan applies to all the customer's subscriptions; give no appliedScopeProperties");
          }
          String newSubscription = "Shared".equals(newScope) ? null
              : u.appliedSubscriptionId() != null ? u.appliedSubscriptionId() : current.appliedSubscription();
          if ("Single".equals(newScope) && newSubscription == null) {
            throw Errors.badRequest(SOURCE, "a Single savings plan needs appliedScopeProperties.subscriptionId");
          }
          String name = u.displayName() != null ? u.displayName() : current.displayName();
          boolean renew = u.renew() != null ? u.renew() : current.renew();
          Future<Void> subscriptionOk = newSubscription == null || newSubscription.equals(current.appliedSubscription())
              ? Future.succeededFuture() : activeSubscription(partner, caller, u.customerId(), newSubscription);
          JsonObject before = state(current.displayName(), current.appliedScopeType(), current.appliedSubscription(), current.renew());
          JsonObject after = state(name, newScope, newSubscription, renew);
          return subscriptionOk.compose(v -> pool.withTransaction(conn -> conn.preparedQuery(OrderSql.SAVINGS_PLAN_LOCK)
              .execute(Tuple.of(current.id(), partner.id()))
              .compose(locked -> conn.preparedQuery(OrderSql.SAVINGS_PLAN_CONFIGURE)
                  .execute(Tuple.of(current.id(), partner.id(), name, newScope, newSubscription, renew)))
              .compose(done -> before.equals(after) ? Future.succeededFuture() : PartnerEvents.write(conn, EventTypes.SAVINGS_PLAN_CHANGED,
                  partner.id(), current.resellerPartnerId(), u.customerId(), now, new JsonObject().put("savingsPlanId", current.id())
                      .put("savingsPlanOrderId", current.savingsPlanOrderId()).put("changedBy", caller.userId())
                      .put("before", before).put("after", after)))));
        })
        .compose(v -> get(caller, new SavingsPlanRef(u.customerId(), u.savingsPlanId()))));
  }

  private static JsonObject state(String name, String scope, String subscription, boolean renew) {
    return new JsonObject().put("displayName", name).put("appliedScopeType", scope).put("appliedSubscriptionId", subscription)
        .put("renew", renew);
  }

  private Future<Void> activeSubscription(PartnerContext partner, Caller caller, String customerId, String subscriptionId) {
    return pool.preparedQuery(OrderSql.SUBSCRIPTION_OWNED).execute(Tuple.of(subscriptionId, customerId, partner.id())).compose(rows -> {
      Subscription subscription = rows.size() == 0 ? null : SubscriptionMapper.of(rows.iterator().next());
      if (subscription == null) {
        throw ApiError.of(400, ErrorCode.NOT_AN_AZURE_SUBSCRIPTION,
            "subscription " + subscriptionId + " is not a valid Azure subscription of this customer", SOURCE).exception();
      }
      if (!subscription.active()) {
        throw ApiError.of(400, ErrorCode.SUBSCRIPTION_NOT_ACTIVE, "subscription " + subscriptionId + " is not active", SOURCE).exception();
      }
      return AgentAccess.require(pool, partner, caller, subscriptionId);
    });
  }

  /** The plan if it is the caller's to see (404 otherwise) and the caller may do what it needs (403 otherwise). */
  private static Future<SavingsPlan> require(SqlClient sql, PartnerContext partner, Caller caller, String customerId, String planId,
                                             Need need) {
    return sql.preparedQuery(OrderSql.SAVINGS_PLAN_GET).execute(Tuple.of(planId, customerId, partner.id())).compose(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "savings plan " + planId + " not found");
      }
      SavingsPlan plan = SavingsPlanMapper.of(rows.iterator().next());
      if (!partner.id().equals(plan.partnerId())) {
        if (need == Need.MANAGE) {
          throw forbidden("the reseller of record reads this savings plan; the provider manages it");
        }
        return Future.succeededFuture(plan);
      }
      if (caller.has(Role.ADMIN_AGENT) || (need == Need.READ && caller.has(Role.BILLING_ADMIN))) {
        return Future.succeededFuture(plan);
      }
      if (!caller.has(Role.SALES_AGENT) && !caller.has(Role.HELPDESK_AGENT)) {
        throw forbidden("this role may not " + (need == Need.READ ? "read" : "manage") + " savings plans");
      }
      return AgentAccess.require(sql, partner, caller, plan.subscriptionId()).map(v -> plan);
    });
  }

  private static RuntimeException forbidden(String why) {
    return ApiError.of(403, ErrorCode.FORBIDDEN, why, SOURCE).exception();
  }
}
