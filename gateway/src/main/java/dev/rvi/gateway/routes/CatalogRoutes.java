package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.CatalogQuery;
import dev.rvi.domain.catalog.CatalogSort;
import dev.rvi.domain.catalog.InventoryCheck;
import dev.rvi.domain.catalog.ReservedInstanceSearch;
import dev.rvi.domain.catalog.Term;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Products, SKUs, availabilities, the reserved-instance search and the inventory check. */
public final class CatalogRoutes {
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{2,40}");
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final Pattern SERIES = Pattern.compile("[A-Za-z0-9 _\\-]{1,80}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,40}");
  private static final String TARGET_VIEW = "AzureReservationsVM";
  /** Partner Center's view of every Azure item: the reservations' series and the savings plan for compute. */
  private static final String ALL_AZURE = "Azure";

  private final BusClient bus;
  private final ServiceCall service;

  public CatalogRoutes(BusClient bus) {
    this.bus = bus;
    this.service = new ServiceCall(bus);
  }

  public Future<String> search(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    Integer minCores = q.integer("minCores", 1, 1024);
    Integer maxCores = q.integer("maxCores", 1, 1024);
    if (minCores != null && maxCores != null && minCores > maxCores) {
      throw Errors.badRequest("gateway", "minCores must not be greater than maxCores");
    }
    ReservedInstanceSearch search = new ReservedInstanceSearch(
        q.country(),
        q.list("armRegionName", REGION, "an ARM region name such as westus2"),
        q.list("series", SERIES, "an instance size flexibility group such as Dsv5"),
        q.list("armSkuName", SKU, "a VM size such as Standard_D2s_v5"),
        q.choice("term", Term::parse, "P1Y, P3Y"),
        minCores,
        maxCores,
        q.text("q", 100),
        q.choice("sort", CatalogSort::parse, "name, price, -price, savings, cores, region"),
        q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE),
        q.offset(),
        q.pageUri(),
        new PricingScope(q.string("providerId"), q.string("resellerId"), q.string("customerId")),
        "customer".equalsIgnoreCase(q.string("priceView")));
    return service.ask(ctx, caller, CatalogContract.SEARCH_RESERVED_INSTANCES, search);
  }

  public Future<String> regions(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.LIST_REGIONS, new CatalogQuery(q.country(), null, null, null, 1000, 0, null));
  }

  /** The reservations' view unless every Azure item is asked for; only VM reservations are sold, so both name them. */
  private String targetView(Query q) {
    String view = q.string("targetView");
    if (view != null && view.equalsIgnoreCase(ALL_AZURE)) {
      return ALL_AZURE;
    }
    if (view != null && !view.equalsIgnoreCase(TARGET_VIEW) && !view.equalsIgnoreCase("AzureReservations")) {
      throw Errors.badRequest("gateway", "targetView '" + view + "' is not offered; use " + TARGET_VIEW + " or " + ALL_AZURE);
    }
    return TARGET_VIEW;
  }

  private static String id(RoutingContext ctx, String name) {
    String value = ctx.pathParam(name);
    if (value == null || !ID.matcher(value).matches()) {
      throw Errors.notFound("gateway", name + " not found");
    }
    return value;
  }

  public Future<String> products(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.LIST_PRODUCTS,
        new CatalogQuery(q.country(), targetView(q), null, null, 1000, 0, null));
  }

  public Future<String> product(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.GET_PRODUCT, CatalogQuery.of(q.country(), id(ctx, "productId"), null));
  }

  public Future<String> skus(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.LIST_SKUS, new CatalogQuery(q.country(), null, id(ctx, "productId"), null,
        q.size(ReservedInstanceSearch.DEFAULT_SIZE, ReservedInstanceSearch.MAX_SIZE), q.offset(), q.pageUri()));
  }

  public Future<String> sku(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.GET_SKU, CatalogQuery.of(q.country(), id(ctx, "productId"), id(ctx, "skuId")));
  }

  public Future<String> availabilities(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.LIST_AVAILABILITIES,
        CatalogQuery.of(q.country(), id(ctx, "productId"), id(ctx, "skuId")));
  }

  public Future<String> checkInventory(RoutingContext ctx, Caller caller) {
    String country = new Query(ctx).country();
    JsonObject body = Bodies.object(ctx);
    JsonArray targets = Bodies.array(body, "targetItems");
    if (targets == null || targets.isEmpty()) {
      throw Errors.badRequest("gateway", "TargetItems must list at least one {ProductId, SkuId}");
    }
    if (targets.size() > 100) {
      throw Errors.badRequest("gateway", "TargetItems takes at most 100 items");
    }
    List<InventoryCheck.Item> items = new ArrayList<>();
    for (Object target : targets) {
      if (!(target instanceof JsonObject item)) {
        throw Errors.badRequest("gateway", "each of TargetItems must be an object {ProductId, SkuId}");
      }
      String productId = Bodies.string(item, "productId");
      String skuId = Bodies.string(item, "skuId");
      if (productId == null || !ID.matcher(productId).matches() || (skuId != null && !ID.matcher(skuId).matches())) {
        throw Errors.badRequest("gateway", "each target item needs a valid ProductId (and optionally SkuId)");
      }
      items.add(new InventoryCheck.Item(productId, skuId));
    }
    Map<String, String> context = new LinkedHashMap<>();
    JsonObject inventoryContext = Bodies.object(body, "inventoryContext");
    if (inventoryContext != null) {
      for (String key : List.of("customerId", "azureSubscriptionId", "armRegionName")) {
        String value = Bodies.string(inventoryContext, key);
        if (value != null) {
          context.put(key, value);
        }
      }
    }
    return service.ask(ctx, caller, CatalogContract.CHECK_INVENTORY, new InventoryCheck(country, items, context));
  }
}
