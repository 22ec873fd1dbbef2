package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.catalog.PriceSheetUpload;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.partner.PartnerContract;
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
import java.util.Map;

/** The operator's administration: partners, reseller links, price sheets, and the test clock. */
public final class AdminRoutes {
  private static final long PRICE_SHEET_TIMEOUT_MS = 300_000;

  private final BusClient bus;
  private final ServiceCall service;
  private final MovableClock clock;

  public AdminRoutes(BusClient bus, MovableClock clock) {
    this.bus = bus;
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
    return service.ask(ctx, caller, PartnerContract.ONBOARD_PARTNER, onboarding);
  }

  public Future<String> listPartners(RoutingContext ctx, Caller caller) {
    return service.ask(ctx, caller, PartnerContract.LIST_PARTNERS, NoBody.INSTANCE);
  }

  public Future<String> linkReseller(RoutingContext ctx, Caller caller) {
    ResellerLink link = new ResellerLink(ctx.pathParam("providerId"), ctx.pathParam("resellerId"));
    return service.ask(ctx, caller, PartnerContract.LINK_RESELLER, link);
  }

  public Future<String> loadPriceSheet(RoutingContext ctx, Caller caller) {
    String name = new Query(ctx).text("name", 200);
    String content = ctx.body().asString();
    if (content == null || content.isBlank()) {
      throw Errors.badRequest("gateway", "the body must be a price sheet in the Azure Retail Prices format");
    }
    return bus.ask(CatalogContract.LOAD_PRICE_SHEET, new PriceSheetUpload(name == null ? "api" : name, content), caller,
        ctx.get(RequestIds.KEY), PRICE_SHEET_TIMEOUT_MS, Map.of()).map(Jsons::encode);
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
      // Time rules that act by themselves (renewal at expiry) catch up before the answer.
      return runRenewals(ctx, caller).map(renewals -> new JsonObject().put("now", moved.toString())
          .put("renewals", new JsonObject(renewals)).encode());
    } catch (DateTimeParseException e) {
      throw Errors.badRequest("gateway", "now must be an ISO-8601 UTC time such as 2027-03-01T00:00:00Z");
    } catch (IllegalArgumentException e) {
      throw Errors.badRequest("gateway", e.getMessage());
    }
  }
}
