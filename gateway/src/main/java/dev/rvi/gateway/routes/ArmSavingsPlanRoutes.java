package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.SavingsPlanProduct;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.order.PurchaseCommitment;
import dev.rvi.domain.order.ReservationOrderPurchase;
import dev.rvi.domain.savingsplan.SavingsPlanFilter;
import dev.rvi.domain.savingsplan.SavingsPlanRef;
import dev.rvi.domain.savingsplan.SavingsPlanUpdate;
import dev.rvi.gateway.arm.ArmLinks;
import dev.rvi.gateway.arm.ArmListQuery;
import dev.rvi.gateway.arm.ArmPage;
import dev.rvi.gateway.arm.ArmSavingsPlanPurchase;
import dev.rvi.gateway.arm.ArmSavingsPlanView;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft.BillingBenefits' savings plan orders and savings plans on ARM's paths, for {@code @azure/arm-billingbenefits}:
 * lists across the partner's customers, get, update and the update's validation, over the {@code /v1} savings plan
 * routes. A plan's order is found among the caller's partner's ({@code CUSTOMER_OF}); another partner's is a 404.
 */
public final class ArmSavingsPlanRoutes {
  private static final int MAX_ORDERS = 100;
  private final ServiceCall service;
  private final ArmCustomers customers;
  private final SavingsPlanRoutes plans;

  public ArmSavingsPlanRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
    this.customers = new ArmCustomers(service);
    this.plans = new SavingsPlanRoutes(bus);
  }

  private Future<String> customerOf(RoutingContext ctx, Caller caller) {
    return customers.forRoute(ctx, caller, CustomerLookup.ofSavingsPlanOrder(id(ctx, "savingsPlanOrderId"))).map(LocatedCustomer::customerId);
  }

  private Future<List<JsonObject>> page(RoutingContext ctx, Caller caller, String order, int size, int offset, long[] total) {
    return service.ask(ctx, caller, OrderContract.LIST_PARTNER_SAVINGS_PLANS, new SavingsPlanFilter(order, size, offset)).map(text -> {
      JsonObject page = new JsonObject(text);
      total[0] = page.getLong("totalCount", 0L);
      List<JsonObject> out = new ArrayList<>();
      page.getJsonArray("items", new JsonArray()).forEach(p -> out.add((JsonObject) p));
      return out;
    });
  }

  private static ArmListQuery plainList(RoutingContext ctx) {
    ArmListQuery q = ArmListQuery.of(ctx);
    if (q.state() != null || q.sort() != null) {
      throw Errors.badRequest("gateway", "savings plans are listed oldest first, without a state filter or $orderby");
    }
    return q;
  }

  private static String next(RoutingContext ctx, ArmListQuery q, int shown, long total) {
    int next = q.skip() + shown;
    return shown > 0 && next < total ? ArmLinks.next(ctx.request(), next) : null;
  }

  /** {@code GET /providers/Microsoft.BillingBenefits/savingsPlans}. */
  public Future<String> listAll(RoutingContext ctx, Caller caller) {
    ArmListQuery q = plainList(ctx);
    long[] total = new long[1];
    if (Boolean.TRUE.equals(q.archived())) {
      return Future.succeededFuture(ArmPage.of(new JsonArray(), null).encode());
    }
    return page(ctx, caller, null, q.take(), q.skip(), total).map(found -> {
      JsonArray value = new JsonArray();
      found.forEach(p -> value.add(ArmSavingsPlanView.of(p)));
      return ArmPage.of(value, next(ctx, q, found.size(), total[0])).encode();
    });
  }

  /** {@code GET /providers/Microsoft.BillingBenefits/savingsPlanOrders}: one plan an order. */
  public Future<String> listOrders(RoutingContext ctx, Caller caller) {
    ArmListQuery q = plainList(ctx);
    long[] total = new long[1];
    return page(ctx, caller, null, Math.min(q.take(), MAX_ORDERS), q.skip(), total).map(found -> {
      JsonArray value = new JsonArray();
      found.forEach(p -> value.add(ArmSavingsPlanView.order(p.getString("savingsPlanOrderId"), List.of(p), false)));
      return ArmPage.of(value, next(ctx, q, found.size(), total[0])).encode();
    });
  }

  private Future<List<JsonObject>> ofOrder(RoutingContext ctx, Caller caller) {
    String order = id(ctx, "savingsPlanOrderId");
    return page(ctx, caller, order, MAX_ORDERS, 0, new long[1]).map(found -> {
      if (found.isEmpty()) {
        throw Errors.notFound("gateway", "savings plan order " + order + " not found");
      }
      return found;
    });
  }

  public Future<String> getOrder(RoutingContext ctx, Caller caller) {
    boolean schedule = "schedule".equalsIgnoreCase(String.valueOf(ctx.request().getParam("$expand")).trim());
    return ofOrder(ctx, caller).map(found -> ArmSavingsPlanView.order(id(ctx, "savingsPlanOrderId"), found, schedule).encode());
  }

  public Future<String> listInOrder(RoutingContext ctx, Caller caller) {
    return ofOrder(ctx, caller).map(found -> {
      JsonArray value = new JsonArray();
      found.forEach(p -> value.add(ArmSavingsPlanView.of(p)));
      return ArmPage.of(value, null).encode();
    });
  }

  /** The plan, if it is of the order the path names. */
  private Future<JsonObject> plan(RoutingContext ctx, Caller caller) {
    return customerOf(ctx, caller).compose(customerId -> service.ask(ctx, caller, OrderContract.GET_SAVINGS_PLAN,
            new SavingsPlanRef(customerId, id(ctx, "savingsPlanId"))))
        .map(text -> {
          JsonObject plan = new JsonObject(text);
          if (!id(ctx, "savingsPlanOrderId").equals(plan.getString("savingsPlanOrderId"))) {
            throw Errors.notFound("gateway", "savings plan " + id(ctx, "savingsPlanId") + " not found");
          }
          return plan;
        });
  }

  public Future<String> get(RoutingContext ctx, Caller caller) {
    return plan(ctx, caller).map(plan -> ArmSavingsPlanView.of(plan).encode());
  }

  /** {@code PATCH}: Azure's {@code SavingsPlanUpdateRequest} ({@code properties}: name, scope, renewal). */
  public Future<String> update(RoutingContext ctx, Caller caller) {
    return plan(ctx, caller).compose(plan -> plans.update(ctx, caller)).map(v1 -> ArmSavingsPlanView.of(new JsonObject(v1)).encode());
  }

  /**
   * {@code POST .../validate}: whether each of {@code benefits} (an update's properties) would be taken, without changing
   * the plan: the same checks as the update, each answered {@code {valid, reasonCode, reason}}.
   */
  public Future<String> validateUpdate(RoutingContext ctx, Caller caller) {
    JsonArray benefits = Bodies.array(Bodies.object(ctx), "benefits");
    if (benefits == null || benefits.isEmpty() || benefits.size() > 50) {
      throw Errors.badRequest("gateway", "benefits is required: one to 50 updates to validate");
    }
    return plan(ctx, caller).compose(plan -> {
      List<Future<JsonObject>> verdicts = new ArrayList<>();
      for (Object b : benefits) {
        verdicts.add(verdict(ctx, caller, plan, b instanceof JsonObject o ? o : null));
      }
      return Future.all(verdicts).map(all -> {
        JsonArray out = new JsonArray();
        verdicts.forEach(v -> out.add(v.result()));
        return new JsonObject().put("benefits", out).encode();
      });
    });
  }

  private Future<JsonObject> verdict(RoutingContext ctx, Caller caller, JsonObject plan, JsonObject update) {
    if (update == null) {
      return Future.succeededFuture(invalid("InvalidRequestContent", "each of benefits is an update's properties"));
    }
    String name = Bodies.string(update, "displayName");
    if (name != null && (name.isBlank() || name.length() > 64)) {
      return Future.succeededFuture(invalid("InvalidDisplayName", "displayName is 1 to 64 characters"));
    }
    Object renew = Bodies.field(update, "renew");
    if (renew != null && !(renew instanceof Boolean)) {
      return Future.succeededFuture(invalid("InvalidRenew", "renew must be true or false"));
    }
    String scope = Bodies.string(update, "appliedScopeType");
    if (scope != null && !scope.equalsIgnoreCase("Single") && !scope.equalsIgnoreCase("Shared")) {
      return Future.succeededFuture(invalid("InvalidAppliedScopeType", "appliedScopeType must be Single or Shared"));
    }
    JsonObject properties = Bodies.object(update, "appliedScopeProperties");
    String subscription = properties == null || Bodies.string(properties, "subscriptionId") == null ? null
        : Bodies.string(properties, "subscriptionId").replaceFirst("(?i)^/subscriptions/", "");
    boolean single = scope != null ? scope.equalsIgnoreCase("Single") : "Single".equals(plan.getString("appliedScopeType"));
    if (single && subscription == null && scope != null) {
      return Future.succeededFuture(invalid("InvalidAppliedScope", "a Single scope names appliedScopeProperties.subscriptionId"));
    }
    if (subscription == null) {
      return Future.succeededFuture(new JsonObject().put("valid", true));
    }
    if (!PathIds.ID.matcher(subscription).matches()) {
      return Future.succeededFuture(invalid("InvalidAppliedScope", "appliedScopeProperties.subscriptionId must be /subscriptions/{id}"));
    }
    return customers.ofSubscription(ctx, caller, subscription).map(owner -> ctx.pathParam("customerId").equals(owner)
        ? new JsonObject().put("valid", true)
        : invalid("InvalidAppliedScope", "subscription " + subscription + " is not one of the plan's customer's"));
  }

  /**
   * {@code PUT savingsPlanOrderAliases/{alias}}: buys the plan (a direct order of one savings plan line) into the order the
   * alias names for this tenant, and answers 201 with the alias, its order and what was bought. The same PUT again is the
   * same plan; another body under the alias is a 422.
   */
  public Future<String> purchase(RoutingContext ctx, Caller caller) {
    String alias = id(ctx, "savingsPlanOrderAliasName");
    ArmSavingsPlanPurchase purchase = ArmSavingsPlanPurchase.of(Bodies.object(ctx));
    String order = ArmSavingsPlanPurchase.orderIdOf(caller.tenantId(), alias);
    Map<String, String> once = ArmOnce.as(ctx, "azure-savings-plan-alias:" + alias.toLowerCase(Locale.ROOT));
    CartLineRequest line = new CartLineRequest(0, SavingsPlanProduct.catalogItemId(purchase.term()), 1, "one_time", purchase.term().name(),
        purchase.subscriptionId(), purchase.scope(), null, null, purchase.billingPlan(), purchase.appliedSubscriptionId(),
        new PurchaseCommitment(purchase.hourly(), purchase.currency(), "Hourly"));
    return service.call(ctx, caller, OrderContract.CUSTOMER_OF, CustomerLookup.ofSubscription(purchase.subscriptionId()))
        .compose(customer -> service.ask(ctx, caller, OrderContract.PURCHASE_RESERVATION_ORDER, new ReservationOrderPurchase(order,
                new CartRequest(customer.customerId(), null, List.of(line), null)), once)
            .compose(bought -> page(ctx, caller, order, MAX_ORDERS, 0, new long[1]))
            .compose(found -> named(ctx, caller, customer.customerId(), found.get(0), purchase)))
        .map(plan -> ArmSavingsPlanView.alias(alias, plan).encode());
  }

  /** The purchase's name and renewal, given to the new plan as an update would (a replay finds them set). */
  private Future<JsonObject> named(RoutingContext ctx, Caller caller, String customerId, JsonObject plan, ArmSavingsPlanPurchase purchase) {
    boolean named = purchase.displayName() == null || purchase.displayName().equals(plan.getString("displayName"));
    boolean renewed = purchase.renew() == null || purchase.renew().equals(plan.getBoolean("renew"));
    if (named && renewed) {
      return Future.succeededFuture(plan);
    }
    return service.ask(ctx, caller, OrderContract.UPDATE_SAVINGS_PLAN, new SavingsPlanUpdate(customerId, plan.getString("id"),
        purchase.displayName(), null, null, purchase.renew())).map(JsonObject::new);
  }

  /** {@code GET savingsPlanOrderAliases/{alias}}: the plan bought under this tenant's alias. */
  public Future<String> alias(RoutingContext ctx, Caller caller) {
    String alias = id(ctx, "savingsPlanOrderAliasName");
    return page(ctx, caller, ArmSavingsPlanPurchase.orderIdOf(caller.tenantId(), alias), MAX_ORDERS, 0, new long[1]).map(found -> {
      if (found.isEmpty()) {
        throw Errors.notFound("gateway", "savings plan order alias " + alias + " not found");
      }
      return ArmSavingsPlanView.alias(alias, found.get(0)).encode();
    });
  }

  /** {@code POST /providers/Microsoft.BillingBenefits/validate}: whether each purchase of {@code benefits} would be taken. */
  public Future<String> validatePurchase(RoutingContext ctx, Caller caller) {
    JsonArray benefits = Bodies.array(Bodies.object(ctx), "benefits");
    if (benefits == null || benefits.isEmpty() || benefits.size() > 50) {
      throw Errors.badRequest("gateway", "benefits is required: one to 50 purchases to validate");
    }
    List<Future<JsonObject>> verdicts = new ArrayList<>();
    for (Object b : benefits) {
      ArmSavingsPlanPurchase purchase;
      try {
        purchase = ArmSavingsPlanPurchase.of(b instanceof JsonObject o ? o : new JsonObject());
      } catch (ApiException refused) {
        verdicts.add(Future.succeededFuture(invalid("InvalidRequestContent", refused.error().description())));
        continue;
      }
      if (purchase.hourly().compareTo(SavingsPlanProduct.MINIMUM_HOURLY_COMMITMENT) < 0
          || purchase.hourly().compareTo(SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT) > 0) {
        verdicts.add(Future.succeededFuture(invalid("InvalidCommitment", "the hourly commitment is from "
            + SavingsPlanProduct.MINIMUM_HOURLY_COMMITMENT + " to " + SavingsPlanProduct.MAXIMUM_HOURLY_COMMITMENT)));
        continue;
      }
      verdicts.add(customers.ofSubscription(ctx, caller, purchase.subscriptionId()).map(owner -> owner != null
          ? new JsonObject().put("valid", true)
          : invalid("InvalidBillingScope", "subscription " + purchase.subscriptionId() + " is not one of the partner's customers'")));
    }
    return Future.all(verdicts).map(all -> {
      JsonArray out = new JsonArray();
      verdicts.forEach(v -> out.add(v.result()));
      return new JsonObject().put("benefits", out).encode();
    });
  }

  private static JsonObject invalid(String code, String reason) {
    return new JsonObject().put("valid", false).put("reasonCode", code).put("reason", reason);
  }
}
