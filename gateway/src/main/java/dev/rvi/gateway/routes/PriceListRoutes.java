package dev.rvi.gateway.routes;

import static dev.rvi.gateway.http.PathIds.id;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.pricing.AssignmentRef;
import dev.rvi.domain.pricing.AssignmentWrite;
import dev.rvi.domain.pricing.FixedPrice;
import dev.rvi.domain.pricing.PriceListBody;
import dev.rvi.domain.pricing.PriceListQuery;
import dev.rvi.domain.pricing.PriceListRef;
import dev.rvi.domain.pricing.PriceListWrite;
import dev.rvi.domain.pricing.PricePreviewRequest;
import dev.rvi.domain.pricing.PriceRule;
import dev.rvi.domain.pricing.PricingScope;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A partner's price lists for the tier below it: the lists, their assignments, their history and a draft's preview. */
public final class PriceListRoutes {
  private static final String SOURCE = "gateway";
  private static final int DEFAULT_SIZE = 50;
  private static final int MAX_SIZE = 500;

  private final ServiceCall service;

  public PriceListRoutes(BusClient bus) {
    this.service = new ServiceCall(bus);
  }

  public Future<String> list(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    return service.ask(ctx, caller, CatalogContract.LIST_PRICE_LISTS, new PriceListQuery(q.size(DEFAULT_SIZE, MAX_SIZE), q.offset(), q.pageUri()));
  }

  public Future<String> create(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.CREATE_PRICE_LIST, new PriceListWrite(null, body(Bodies.object(ctx))));
  }

  public Future<String> get(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.GET_PRICE_LIST, new PriceListRef(id(ctx, "priceListId")));
  }

  public Future<String> update(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.UPDATE_PRICE_LIST, new PriceListWrite(id(ctx, "priceListId"), body(Bodies.object(ctx))));
  }

  public Future<String> revisions(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.LIST_PRICE_LIST_REVISIONS, new PriceListRef(id(ctx, "priceListId")));
  }

  /** {@code {"resellerId"? | "customerId"?, "effectiveFrom", "effectiveTo"?}}; naming neither makes it the default list. */
  public Future<String> assign(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    return service.ask(ctx, caller, CatalogContract.ASSIGN_PRICE_LIST, new AssignmentWrite(id(ctx, "priceListId"),
        Bodies.string(body, "resellerId"), Bodies.string(body, "customerId"), date(body, "effectiveFrom"), date(body, "effectiveTo")));
  }

  public Future<String> unassign(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.UNASSIGN_PRICE_LIST, new AssignmentRef(id(ctx, "priceListId"), id(ctx, "assignmentId")));
  }

  /** The draft list as the body; {@code resellerId} or {@code customerId} and {@code negativeOnly} in the query. */
  public Future<String> preview(RoutingContext ctx, Caller caller) {
    Query q = new Query(ctx);
    PricingScope scope = new PricingScope(null, q.string("resellerId"), q.string("customerId"));
    return service.ask(ctx, caller, CatalogContract.PREVIEW_PRICE_LIST, new PricePreviewRequest(null, scope, body(Bodies.object(ctx)),
        "true".equalsIgnoreCase(q.string("negativeOnly")),
        "true".equalsIgnoreCase(q.string("changedOnly")), q.size(DEFAULT_SIZE, MAX_SIZE), q.offset(), q.pageUri()));
  }

  private static PriceListBody body(JsonObject body) {
    List<PriceRule> rules = new ArrayList<>();
    JsonArray given = Bodies.array(body, "rules");
    for (int i = 0; given != null && i < given.size(); i++) {
      JsonObject rule = element(given, i, "rules");
      rules.add(new PriceRule(SavingsPlanRoutes.amount(rule, "percent"), Bodies.string(rule, "productKind"), Bodies.string(rule, "series"),
          Bodies.string(rule, "armRegionName"), Bodies.string(rule, "term")));
    }
    List<FixedPrice> fixed = new ArrayList<>();
    JsonArray prices = Bodies.array(body, "fixedPrices");
    for (int i = 0; prices != null && i < prices.size(); i++) {
      JsonObject price = element(prices, i, "fixedPrices");
      fixed.add(new FixedPrice(Bodies.string(price, "catalogItemId"), SavingsPlanRoutes.amount(price, "price"), Bodies.string(price, "currency")));
    }
    Object negative = Bodies.field(body, "allowNegativeMargin");
    if (negative != null && !(negative instanceof Boolean)) {
      throw Errors.badRequest(SOURCE, "allowNegativeMargin must be true or false");
    }
    Object version = Bodies.field(body, "version");
    if (version != null && !(version instanceof Integer)) {
      throw Errors.badRequest(SOURCE, "version must be a whole number");
    }
    return new PriceListBody(Bodies.string(body, "name"), Bodies.string(body, "currency"), (Boolean) negative, rules, fixed, (Integer) version);
  }

  private static JsonObject element(JsonArray array, int i, String name) {
    if (!(array.getValue(i) instanceof JsonObject o)) {
      throw Errors.badRequest(SOURCE, name + "[" + i + "] must be an object");
    }
    return o;
  }

  private static LocalDate date(JsonObject body, String name) {
    String text = Bodies.string(body, name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Errors.badRequest(SOURCE, name + " must be a date such as 2027-01-01");
    }
  }
}
