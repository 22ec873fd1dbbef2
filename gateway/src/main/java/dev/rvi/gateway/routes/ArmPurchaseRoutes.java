package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.customer.ListQuery;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CartLineRequest;
import dev.rvi.domain.order.CartRequest;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.order.ReservationOrderPurchase;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.domain.reservation.ReservationUpdate;
import dev.rvi.gateway.arm.ArmCatalogView;
import dev.rvi.gateway.arm.ArmLinks;
import dev.rvi.gateway.arm.ArmPage;
import dev.rvi.gateway.arm.ArmPriceView;
import dev.rvi.gateway.arm.ArmPurchase;
import dev.rvi.gateway.arm.ArmReservationOrderView;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.PathIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Buying on Azure Resource Manager's paths: the catalog of a subscription's market, calculatePrice (the caller's price,
 * and a new reservation order id to buy into) and the purchase ({@code PUT reservationOrders/{id}}), plus the reservations
 * applied to a subscription. The customer is the one the billing subscription belongs to among the caller's partner's;
 * the size, region and term find the catalog item in its market, and the purchase is the {@code /v1} direct order of that
 * line, its idempotency the PUT's own id.
 */
public final class ArmPurchaseRoutes {
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{2,40}");
  private final ServiceCall service;
  private final Clock clock;

  public ArmPurchaseRoutes(BusClient bus, Clock clock) {
    this.service = new ServiceCall(bus);
    this.clock = clock;
  }

  private Future<LocatedCustomer> customerOf(RoutingContext ctx, Caller caller, String subscriptionId) {
    return service.call(ctx, caller, OrderContract.CUSTOMER_OF, CustomerLookup.ofSubscription(subscriptionId));
  }

  private Future<JsonArray> search(RoutingContext ctx, Caller caller, LocatedCustomer customer, List<String> regions, List<String> sizes,
                                   Term term, int size, int offset) {
    ReservedInstanceSearch search = new ReservedInstanceSearch(customer.country(), regions, List.of(), sizes, term, null, null, null,
        CatalogSort.NAME, size, offset, null, new PricingScope(null, null, customer.customerId()), false);
    return service.ask(ctx, caller, CatalogContract.SEARCH_RESERVED_INSTANCES, search)
        .map(page -> new JsonObject(page).getJsonArray("items", new JsonArray()));
  }

  /** The catalog item of the purchase's size, region and term in the customer's market, at the caller's price. */
  private Future<JsonObject> item(RoutingContext ctx, Caller caller, LocatedCustomer customer, ArmPurchase purchase) {
    if (!REGION.matcher(purchase.armRegionName()).matches() || !PathIds.ID.matcher(purchase.armSkuName()).matches()) {
      return Future.failedFuture(Errors.badRequest("gateway", "sku.name must be a VM size and location an Azure region"));
    }
    return search(ctx, caller, customer, List.of(purchase.armRegionName()), List.of(purchase.armSkuName()), purchase.term(), 1, 0)
        .map(items -> {
          if (items.isEmpty()) {
            throw Errors.badRequest("gateway", "no reservation of " + purchase.armSkuName() + " in " + purchase.armRegionName() + " for "
                + purchase.term().name() + " in the customer's market");
          }
          return items.getJsonObject(0);
        });
  }

  /** {@code POST calculatePrice}: what the purchase would cost the caller, and the id to buy it into. */
  public Future<String> calculatePrice(RoutingContext ctx, Caller caller) {
    ArmPurchase purchase = ArmPurchase.of(Bodies.object(ctx));
    return customerOf(ctx, caller, purchase.subscriptionId()).compose(customer -> item(ctx, caller, customer, purchase))
        .map(item -> ArmPriceView.of(purchase, item, UUID.randomUUID().toString(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).encode());
  }

  /** {@code PUT reservationOrders/{id}}: buys, then answers the order (202, its Location the order). */
  public Future<String> purchase(RoutingContext ctx, Caller caller) {
    String orderId = id(ctx, "reservationOrderId");
    ArmPurchase purchase = ArmPurchase.of(Bodies.object(ctx));
    Map<String, String> once = ArmOnce.as(ctx, "azure-purchase:" + orderId);
    return customerOf(ctx, caller, purchase.subscriptionId()).compose(customer -> item(ctx, caller, customer, purchase)
        .compose(item -> service.ask(ctx, caller, OrderContract.PURCHASE_RESERVATION_ORDER, new ReservationOrderPurchase(orderId,
            new CartRequest(customer.customerId(), null, List.of(new CartLineRequest(0, item.getString("catalogItemId"), purchase.quantity(),
                "one_time", purchase.term().name(), purchase.subscriptionId(), purchase.scope(), null, null, purchase.billingPlan())), null)),
            once))
        .compose(order -> reservations(ctx, caller, customer.customerId(), orderId))
        .compose(found -> named(ctx, caller, customer.customerId(), orderId, found, purchase))
        .map(found -> {
          JsonObject order = ArmReservationOrderView.of(orderId, found, false);
          ctx.response().putHeader("Location", ArmLinks.at(ctx.request(), order.getString("id"))).putHeader("Retry-After", "1");
          return order.encode();
        }));
  }

  private Future<List<JsonObject>> reservations(RoutingContext ctx, Caller caller, String customerId, String orderId) {
    return service.ask(ctx, caller, OrderContract.LIST_RESERVATIONS, new ListQuery(customerId, 1000, 0, null, orderId)).map(page -> {
      List<JsonObject> found = new ArrayList<>();
      new JsonObject(page).getJsonArray("items", new JsonArray()).forEach(r -> found.add((JsonObject) r));
      return found;
    });
  }

  /** The purchase's name and renewal, given to the new reservation as a configuration would (once: a replay finds them set). */
  private Future<List<JsonObject>> named(RoutingContext ctx, Caller caller, String customerId, String orderId, List<JsonObject> found,
                                        ArmPurchase purchase) {
    if (found.size() != 1 || (purchase.displayName() == null && purchase.renew() == null)) {
      return Future.succeededFuture(found);
    }
    JsonObject reservation = found.get(0);
    boolean named = purchase.displayName() == null || purchase.displayName().equals(reservation.getString("displayName"));
    boolean renewed = purchase.renew() == null || purchase.renew().equals(reservation.getBoolean("renew"));
    if (named && renewed) {
      return Future.succeededFuture(found);
    }
    return service.ask(ctx, caller, OrderContract.CONFIGURE_RESERVATION, new ReservationUpdate(customerId, orderId, reservation.getString("id"),
            null, null, purchase.renew(), null, purchase.displayName(), List.of()))
        .map(configured -> List.of(new JsonObject(configured)));
  }

  /** {@code GET /subscriptions/{s}/providers/Microsoft.Capacity/catalogs}: by location, paged with {@code $skip} and {@code $take}. */
  public Future<String> catalog(RoutingContext ctx, Caller caller) {
    String type = ctx.request().getParam("reservedResourceType");
    if (type != null && !type.equalsIgnoreCase("VirtualMachines")) {
      return Future.succeededFuture(ArmPage.of(new JsonArray(), null).put("totalItems", 0).encode());
    }
    String location = ctx.request().getParam("location");
    if (location != null && !REGION.matcher(location).matches()) {
      throw Errors.badRequest("gateway", "location must be an Azure region such as eastus");
    }
    int skip = number(ctx.request().getParam("$skip"), 0);
    int take = Math.min(number(ctx.request().getParam("$take"), 100), 1000);
    return customerOf(ctx, caller, id(ctx, "subscriptionId"))
        .compose(customer -> search(ctx, caller, customer, location == null ? List.of() : List.of(location.toLowerCase(Locale.ROOT)),
            List.of(), null, ReservedInstanceSearch.MAX_SIZE, 0))
        .map(items -> {
          JsonArray all = ArmCatalogView.of(items);
          JsonArray page = new JsonArray(all.getList().subList(Math.min(skip, all.size()), Math.min(skip + take, all.size())));
          String next = skip + take < all.size() ? ArmLinks.next(ctx.request(), "$skip", skip + take) : null;
          return ArmPage.of(page, next).put("totalItems", all.size()).encode();
        });
  }

  private static int number(String value, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw Errors.badRequest("gateway", "$skip and $take must be whole numbers");
    }
  }

  /**
   * {@code GET /subscriptions/{s}/providers/Microsoft.Capacity/appliedReservations}: the orders of the reservations in force
   * whose benefit reaches the subscription (scoped to it, or shared across its customer's).
   */
  public Future<String> applied(RoutingContext ctx, Caller caller) {
    String subscription = id(ctx, "subscriptionId");
    return customerOf(ctx, caller, subscription)
        .compose(customer -> service.ask(ctx, caller, OrderContract.LIST_RESERVATIONS, new ListQuery(customer.customerId(), 1000, 0, null, null)))
        .map(page -> {
          Set<String> orders = new LinkedHashSet<>();
          for (Object o : new JsonObject(page).getJsonArray("items", new JsonArray())) {
            JsonObject r = (JsonObject) o;
            boolean inForce = "Succeeded".equals(r.getString("provisioningState")) && r.getInteger("quantity", 0) > 0;
            boolean reaches = "Shared".equals(r.getString("appliedScopeType"))
                || r.getJsonArray("appliedScopes", new JsonArray()).contains("/subscriptions/" + subscription);
            if (inForce && reaches) {
              orders.add(ArmReservationOrderView.id(r.getString("reservationOrderId")));
            }
          }
          return new JsonObject()
              .put("id", "/subscriptions/" + subscription + "/providers/Microsoft.Capacity/appliedReservations/default")
              .put("name", "default")
              .put("type", "Microsoft.Capacity/AppliedReservations")
              .put("properties", new JsonObject().put("reservationOrderIds", new JsonObject().put("value", new JsonArray(new ArrayList<>(orders)))))
              .encode();
        });
  }
}
