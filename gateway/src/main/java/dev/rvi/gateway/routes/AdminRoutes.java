package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.PriceLoadRef;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerOnboarding;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.domain.partner.ResellerLink;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.http.Bodies;
import dev.rvi.gateway.http.Query;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The operator's administration: partners, reseller links, price sheets, and the test clock. */
public final class AdminRoutes {

  private final BusClient bus;
  private final ServiceCall service;
  private final PriceSheetSender sender;
  private final PriceSheetStream stream;
  private final MovableClock clock;

  public AdminRoutes(BusClient bus, MovableClock clock, long priceSheetLimitBytes) {
    this.bus = bus;
    this.sender = new PriceSheetSender(bus);
    this.stream = new PriceSheetStream(sender, priceSheetLimitBytes);
    this.service = new ServiceCall(bus);
    this.clock = clock;
  }

  public Future<String> onboardPartner(RoutingContext ctx, Caller caller) {
    JsonObject body = Bodies.object(ctx);
    String typeText = Bodies.string(body, "type");
    PartnerType type = typeText == null ? null : PartnerType.parse(typeText).orElseThrow(() ->
        Errors.badRequest("gateway", "type must be one of direct, indirectProvider, indirectReseller"));
    PartnerOnboarding onboarding = new PartnerOnboarding(Bodies.string(body, "id"), Bodies.string(body, "name"),
        Bodies.string(body, "mpnId"), type, Bodies.string(body, "country"));
    return service.ask(ctx, caller, DirectoryContract.ONBOARD_PARTNER, onboarding);
  }

  public Future<String> listPartners(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, DirectoryContract.LIST_PARTNERS, NoBody.INSTANCE);
  }

  public Future<String> linkReseller(RoutingContext ctx, Caller caller) {
    ResellerLink link = new ResellerLink(ctx.pathParam("providerId"), ctx.pathParam("resellerId"));
    return service.ask(ctx, caller, DirectoryContract.LINK_RESELLER, link);
  }

  /** One sheet in one request: a load of one page, committed when the page is written; given up if anything fails. */
  public Future<String> loadPriceSheet(RoutingContext ctx, Caller caller) {
    String name = new Query(ctx).text("name", 200);
    String requestId = ctx.get(RequestIds.KEY);
    return sender.open(name == null ? "api" : name, caller, requestId).compose(load -> stream.page(ctx, caller, load.id())
        .compose(page -> sender.commit(load.id(), caller, requestId))
        .recover(e -> sender.abandon(load.id(), caller, requestId).transform(v -> Future.failedFuture(e))))
        .map(Jsons::encode);
  }

  /** A load of several pages (files, or Retail Prices pages): opened here, then its pages, then its commit. */
  public Future<String> openPriceLoad(RoutingContext ctx, Caller caller) {
    String name = new Query(ctx).text("name", 200);
    return sender.open(name == null ? "api" : name, caller, ctx.get(RequestIds.KEY)).map(Jsons::encode);
  }

  public Future<String> addPriceLoadPage(RoutingContext ctx, Caller caller) {
    return stream.page(ctx, caller, loadId(ctx)).map(Jsons::encode);
  }

  public Future<String> commitPriceLoad(RoutingContext ctx, Caller caller) {
    return sender.commit(loadId(ctx), caller, ctx.get(RequestIds.KEY)).map(Jsons::encode);
  }

  public Future<String> abandonPriceLoad(RoutingContext ctx, Caller caller) {
    return sender.abandon(loadId(ctx), caller, ctx.get(RequestIds.KEY)).map(Jsons::encode);
  }

  public Future<String> getPriceLoad(RoutingContext ctx, Caller caller) {
    return bus.ask(CatalogContract.GET_PRICE_LOAD, new PriceLoadRef(loadId(ctx)), caller, ctx.get(RequestIds.KEY)).map(Jsons::encode);
  }

  public Future<String> listPriceLoads(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, CatalogContract.LIST_PRICE_LOADS, NoBody.INSTANCE);
  }

  /** A load id from the path; one that cannot be one is simply not found. */
  private static long loadId(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("loadId"));
    } catch (NumberFormatException e) {
      throw Errors.notFound("gateway", "price load " + ctx.pathParam("loadId") + " not found");
    }
  }

  public Future<String> runRenewals(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, OrderContract.RUN_RENEWALS, NoBody.INSTANCE);
  }

  public Future<String> readClock(RoutingContext ctx, Caller caller) {
    return Future.succeededFuture(new JsonObject().put("now", clock.instant().toString()).encode());
  }

  public Future<String> moveClock(RoutingContext ctx, Caller caller) {
    String now = Bodies.string(Bodies.object(ctx), "now");
    if (now == null) {
      throw Errors.badRequest("gateway", "now is required, e.g. {\"now\": \"2027-03-01T00:00:00Z\"}");
    }
    try {
      Instant moved = clock.moveTo(Instant.parse(now));
      // Time rules that act by themselves (renewal at expiry, alert rules) catch up before the answer.
      return runRenewals(ctx, caller).compose(renewals -> service.ask(ctx, caller, NotificationContract.RUN_ALERTS, NoBody.INSTANCE)
          .map(alerts -> new JsonObject().put("now", moved.toString()).put("renewals", new JsonObject(renewals))
              .put("alerts", new JsonObject(alerts)).encode()));
    } catch (DateTimeParseException e) {
      throw Errors.badRequest("gateway", "now must be an ISO-8601 UTC time such as 2027-03-01T00:00:00Z");
    } catch (IllegalArgumentException e) {
      throw Errors.badRequest("gateway", e.getMessage());
    }
  }
}
