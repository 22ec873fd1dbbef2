package dev.rvi.gateway;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.auth.TokenVerifier;
import dev.rvi.gateway.http.BulkUploads;
import dev.rvi.gateway.http.ConnectionDeadlines;
import dev.rvi.gateway.http.ContractCheck;
import dev.rvi.gateway.http.Guard;
import dev.rvi.gateway.http.Metrics;
import dev.rvi.gateway.http.RateLimiter;
import dev.rvi.gateway.http.RequestIds;
import dev.rvi.gateway.http.Responses;
import dev.rvi.gateway.routes.AdminRoutes;
import dev.rvi.gateway.routes.CatalogRoutes;
import dev.rvi.gateway.routes.HealthRoutes;
import dev.rvi.gateway.routes.OrderRoutes;
import dev.rvi.gateway.routes.ReservationRoutes;
import dev.rvi.gateway.routes.SupportRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;

/**
 * The only HTTP face. Each route: request id, token and role check, validation, then one typed
 * event-bus request; the reply (JSON text) is written as is, a refusal in Partner Center's shape.
 */
public final class GatewayVerticle extends VerticleBase {
  private static final Set<String> CATALOG_READERS = Role.ALL;
  private static final Set<String> OPERATORS = Set.of(Role.OPERATOR);
  private static final Set<String> PARTNER_STAFF = Role.PARTNER_STAFF;
  private static final Set<String> BUYERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT);
  private static final Set<String> ADMIN_AGENTS = Set.of(Role.ADMIN_AGENT);
  private static final Set<String> MANAGERS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT);
  private static final Set<String> BILLING = Set.of(Role.ADMIN_AGENT, Role.BILLING_ADMIN);
  private static final Set<String> SUPPORT_AGENTS = Set.of(Role.SUPPORT_AGENT);

  /** What the verticle instances of one gateway (one configuration, one port) share: the rate limit and the stopping flag. */
  private record Shared(RateLimiter limiter, java.util.concurrent.atomic.AtomicBoolean stopping) {}

  private static final java.util.Map<GatewayConfig, Shared> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Set<String> ROUTES = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final GatewayConfig config;
  private final MovableClock clock;
  private HttpServer server;

  public GatewayVerticle(GatewayConfig config, MovableClock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * The OpenAPI document is parsed as a contract at start (a document that is not valid OpenAPI 3.1
   * stops the gateway), and every request's parameters are checked against it before any route runs.
   */
  @Override
  public Future<?> start() {
    return io.vertx.openapi.contract.OpenAPIContract.from(vertx, OpenApiDocument.document(config.testClock())).compose(this::startWith);
  }

  private Future<?> startWith(io.vertx.openapi.contract.OpenAPIContract contract) {
    BusClient bus = new BusClient(vertx, config.busTimeoutMs());
    Shared shared = SHARED.computeIfAbsent(config, c -> new Shared(new RateLimiter(c.rateLimitPerMinute()),
        new java.util.concurrent.atomic.AtomicBoolean()));
    Guard guard = new Guard(new TokenVerifier(vertx, config.tokens()), shared.limiter(), new ContractCheck(contract));
    CatalogRoutes catalog = new CatalogRoutes(bus);
    AdminRoutes admin = new AdminRoutes(bus, clock);
    HealthRoutes health = new HealthRoutes(bus);
    OrderRoutes orders = new OrderRoutes(bus);
    ReservationRoutes reservations = new ReservationRoutes(bus);
    SupportRoutes support = new SupportRoutes(bus);

    Router router = Router.router(vertx);
    BodyHandler body = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());
    BodyHandler priceSheetBody = BodyHandler.create(false).setBodyLimit(config.priceSheetLimitBytes());
    ConnectionDeadlines deadlines = new ConnectionDeadlines(vertx, config.timeouts());
    router.route().handler(deadlines.onRequest());
    router.route().handler(new RequestIds(config.accessLog()));
    // Bodies are read once for every route, with the small limit but for the two bulk uploads.
    router.route().handler(ctx -> {
      (BulkUploads.is(ctx.request().path()) ? priceSheetBody : body).handle(ctx);
    });

    String openApi = OpenApiDocument.document(config.testClock()).encodePrettily();
    router.get("/v1/openapi.json").handler(ctx -> Responses.json(ctx, 200, openApi));

    router.get("/health").handler(health::handle);
    router.get("/health/live").handler(ctx -> Responses.json(ctx, 200, "{\"status\":\"UP\"}"));
    router.get("/health/ready").handler(ctx -> {
      if (shared.stopping().get()) {
        Responses.json(ctx, 503, "{\"status\":\"STOPPING\"}");
      } else {
        health.handle(ctx);
      }
    });
    router.get("/metrics").handler(io.vertx.micrometer.PrometheusScrapingHandler.create(Metrics.REGISTRY));

    router.get("/v1/products").handler(guard.allow(CATALOG_READERS, 200, catalog::products));
    router.get("/v1/products/:productId").handler(guard.allow(CATALOG_READERS, 200, catalog::product));
    router.get("/v1/products/:productId/skus").handler(guard.allow(CATALOG_READERS, 200, catalog::skus));
    router.get("/v1/products/:productId/skus/:skuId").handler(guard.allow(CATALOG_READERS, 200, catalog::sku));
    router.get("/v1/products/:productId/skus/:skuId/availabilities")
        .handler(guard.allow(CATALOG_READERS, 200, catalog::availabilities));
    router.get("/v1/reservedInstances").handler(guard.allow(CATALOG_READERS, 200, catalog::search));
    router.post("/v1/extensions/product/checkInventory").handler(guard.allow(CATALOG_READERS, 200, catalog::checkInventory));

    router.get("/v1/relationships").handler(guard.allow(PARTNER_STAFF, 200, orders::relationships));
    router.post("/v1/customers").handler(guard.allow(BUYERS, 201, orders::createCustomer));
    router.get("/v1/customers").handler(guard.allow(PARTNER_STAFF, 200, orders::listCustomers));
    router.get("/v1/customers/:customerId").handler(guard.allow(PARTNER_STAFF, 200, orders::getCustomer));
    String subscriptions = "/v1/customers/:customerId/subscriptions";
    String subscription = subscriptions + "/:subscriptionId";
    router.post(subscriptions).handler(guard.allow(BUYERS, 201, orders::createSubscription));
    router.get(subscriptions).handler(guard.allow(PARTNER_STAFF, 200, orders::listSubscriptions));
    router.get(subscription).handler(guard.allow(PARTNER_STAFF, 200, orders::getSubscription));
    router.patch(subscription).handler(guard.allow(ADMIN_AGENTS, 200, orders::updateSubscription));
    router.post(subscription + "/registrations").handler(guard.allow(BUYERS, 202, orders::register));
    router.get(subscription + "/registrationstatus").handler(guard.allow(PARTNER_STAFF, 200, orders::registrationStatus));
    router.get(subscription + "/agentAccess/:userId").handler(guard.allow(ADMIN_AGENTS, 200, orders::getAgentAccess));
    router.put(subscription + "/agentAccess/:userId").handler(guard.allow(ADMIN_AGENTS, 200, orders::grantAgentAccess));
    router.delete(subscription + "/agentAccess/:userId").handler(guard.allow(ADMIN_AGENTS, 204, orders::revokeAgentAccess));
    String carts = "/v1/customers/:customerId/carts";
    router.post(carts).handler(guard.allow(BUYERS, 201, orders::createCart));
    router.get(carts + "/:cartId").handler(guard.allow(BUYERS, 200, orders::getCart));
    router.put(carts + "/:cartId").handler(guard.allow(BUYERS, 200, orders::updateCart));
    router.post(carts + "/:cartId/checkout").handler(guard.allow(BUYERS, 201, orders::checkout));
    router.get("/v1/customers/:customerId/orders").handler(guard.allow(PARTNER_STAFF, 200, orders::listOrders));
    router.get("/v1/customers/:customerId/orders/:orderId").handler(guard.allow(PARTNER_STAFF, 200, orders::getOrder));
    router.get("/v1/customers/:customerId/entitlements").handler(guard.allow(PARTNER_STAFF, 200, orders::entitlements));
    router.get("/v1/customers/:customerId/reservations").handler(guard.allow(PARTNER_STAFF, 200, orders::listReservations));
    router.get("/v1/customers/:customerId/reservationOrders/:reservationOrderId/reservations/:reservationId")
        .handler(guard.allow(PARTNER_STAFF, 200, orders::getReservation));

    String reservation = "/v1/customers/:customerId/reservationOrders/:reservationOrderId/reservations/:reservationId";
    router.patch(reservation).handler(guard.allow(MANAGERS, 200, reservations::configure));
    router.get(reservation + "/revisions").handler(guard.allow(PARTNER_STAFF, 200, reservations::revisions));
    router.get(reservation + "/roleAssignments").handler(guard.allow(PARTNER_STAFF, 200, reservations::roleAssignments));
    router.get(reservation + "/roleAssignments/:userId").handler(guard.allow(PARTNER_STAFF, 200, reservations::roleAssignment));
    router.put(reservation + "/roleAssignments/:userId").handler(guard.allow(MANAGERS, 200, reservations::assignRole));
    router.delete(reservation + "/roleAssignments/:userId").handler(guard.allow(MANAGERS, 204, reservations::removeRole));
    String reservationOrder = "/v1/customers/:customerId/reservationOrders/:reservationOrderId";
    router.post(reservationOrder + "/calculateRefund").handler(guard.allow(MANAGERS, 200, reservations::calculateRefund));
    router.post(reservationOrder + "/return").handler(guard.allow(MANAGERS, 200, reservations::returnReservation));
    router.post("/v1/customers/:customerId/calculateExchange").handler(guard.allow(MANAGERS, 200, reservations::calculateExchange));
    router.post("/v1/customers/:customerId/exchange").handler(guard.allow(MANAGERS, 200, reservations::exchange));
    router.post("/v1/customers/:customerId/subscriptions/:subscriptionId/usage").handler(guard.allow(BUYERS, 200, reservations::ingestUsage));
    router.get(reservation + "/utilization").handler(guard.allow(PARTNER_STAFF, 200, reservations::utilization));
    router.get("/v1/customers/:customerId/reservationRecommendations").handler(guard.allow(PARTNER_STAFF, 200, reservations::recommendations));
    router.get("/v1/invoices").handler(guard.allow(BILLING, 200, reservations::invoices));
    router.get("/v1/invoices/:invoiceId").handler(guard.allow(BILLING, 200, reservations::invoice));
    router.get("/v1/invoices/:invoiceId/lineitems").handler(guard.allow(BILLING, 200, reservations::invoiceLines));
    router.get("/v1/invoices/:invoiceId/reconciliation")
        .handler(guard.allow(BILLING, 200, reservations::reconciliation, "text/csv; charset=utf-8"));
    router.post("/v1/customers/:customerId/supportRequests").handler(guard.allow(MANAGERS, 201, support::file));
    router.get("/v1/customers/:customerId/supportRequests").handler(guard.allow(PARTNER_STAFF, 200, support::listForCustomer));
    router.get("/v1/customers/:customerId/supportRequests/:supportRequestId").handler(guard.allow(PARTNER_STAFF, 200, support::getForPartner));
    router.get("/v1/supportRequests").handler(guard.allow(SUPPORT_AGENTS, 200, support::queue));
    router.get("/v1/supportRequests/:supportRequestId").handler(guard.allow(SUPPORT_AGENTS, 200, support::getForAgent));
    router.post("/v1/supportRequests/:supportRequestId/assign").handler(guard.allow(SUPPORT_AGENTS, 200, support::assign));
    router.post("/v1/supportRequests/:supportRequestId/notes").handler(guard.allow(SUPPORT_AGENTS, 200, support::note));
    router.post("/v1/supportRequests/:supportRequestId/approve").handler(guard.allow(SUPPORT_AGENTS, 200, support::approve));
    router.post("/v1/supportRequests/:supportRequestId/reject").handler(guard.allow(SUPPORT_AGENTS, 200, support::reject));
    router.post("/v1/supportRequests/:supportRequestId/close").handler(guard.allow(SUPPORT_AGENTS, 200, support::close));
    router.post("/v1/admin/renewals/run").handler(guard.allow(OPERATORS, 200, admin::runRenewals));

    router.post("/v1/admin/partners").handler(guard.allow(OPERATORS, 201, admin::onboardPartner));
    router.get("/v1/admin/partners").handler(guard.allow(OPERATORS, 200, admin::listPartners));
    router.put("/v1/admin/partners/:providerId/resellers/:resellerId")
        .handler(guard.allow(OPERATORS, 200, admin::linkReseller));
    router.post("/v1/admin/priceSheets").handler(guard.allow(OPERATORS, 200, admin::loadPriceSheet));
    if (config.testClock()) {
      router.get("/v1/admin/clock").handler(guard.allow(OPERATORS, 200, admin::readClock));
      router.post("/v1/admin/clock").handler(guard.allow(OPERATORS, 200, admin::moveClock));
    }

    router.errorHandler(404, ctx -> Responses.error(ctx, 404, "no such resource: " + ctx.request().path()));
    router.errorHandler(405, ctx -> Responses.error(ctx, 405, "method " + ctx.request().method() + " is not allowed here"));
    router.errorHandler(413, ctx -> Responses.error(ctx, ApiError.of(413, ErrorCode.PAYLOAD_TOO_LARGE,
        "the request body is larger than this endpoint accepts", "gateway")));
    router.errorHandler(400, ctx -> Responses.error(ctx, 400, "the request is malformed"));
    router.errorHandler(500, this::unexpected);

    for (io.vertx.ext.web.Route route : router.getRoutes()) {
      if (route.getPath() != null && route.methods() != null) {
        route.methods().forEach(m -> ROUTES.add(m.name() + " " + route.getPath()));
      }
    }

    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setIdleTimeout(config.timeouts().idleSeconds())
        .setHttp2ClearTextEnabled(false)
        .setMaxHeaderSize(16 * 1024)
        .setMaxInitialLineLength(8 * 1024)
        .setCompressionSupported(false);
    return vertx.createHttpServer(options).connectionHandler(deadlines.onConnection()).requestHandler(router).listen().onSuccess(s -> server = s);
  }

  private void unexpected(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure != null) {
      Responses.failure(ctx, failure);
    } else {
      Responses.error(ctx, 500, "the request could not be completed; request id " + ctx.get(RequestIds.KEY));
    }
  }

  /**
   * Graceful stop: readiness turns 503 so the load balancer drains this gateway, the server stops
   * accepting, and requests in flight get up to 20 seconds to finish.
   */
  @Override
  public Future<?> stop() {
    Shared shared = SHARED.get(config);
    if (shared != null) {
      shared.stopping().set(true);
    }
    return server == null ? Future.succeededFuture() : server.shutdown(20, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Marks every gateway of this process as stopping (SIGTERM), before the verticles are undeployed. */
  public static void stopping() {
    SHARED.values().forEach(s -> s.stopping().set(true));
  }

  /** Every "METHOD /path" the gateways of this process serve: what the security suite sweeps. */
  public static java.util.Set<String> routes() {
    return java.util.Set.copyOf(ROUTES);
  }

  public int actualPort() {
    return server == null ? -1 : server.actualPort();
  }
}
