package dev.rvi.gateway;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.auth.TokenVerifier;
import dev.rvi.gateway.dashboard.ApiReference;
import dev.rvi.gateway.dashboard.DashboardRoutes;
import dev.rvi.gateway.http.ArmRequests;
import dev.rvi.gateway.http.BrowserOrigins;
import dev.rvi.gateway.http.BulkUploads;
import dev.rvi.gateway.http.ConnectionDeadlines;
import dev.rvi.gateway.http.ContractCheck;
import dev.rvi.gateway.http.Endpoint;
import dev.rvi.gateway.http.Guard;
import dev.rvi.gateway.http.MessageFraming;
import dev.rvi.gateway.http.Metrics;
import dev.rvi.gateway.http.PathSpelling;
import dev.rvi.gateway.http.RateLimiter;
import dev.rvi.gateway.http.RequestIds;
import dev.rvi.gateway.http.Responses;
import dev.rvi.gateway.http.SecurityHeaders;
import dev.rvi.gateway.routes.HealthRoutes;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The only HTTP face. The routes are the OpenAPI document's operations (path, roles, success status);
 * here each operation id gets its handler. Each request: deadlines, request id, token and role check,
 * rate limit, contract check, then one typed event-bus request; the reply (JSON text) is written as
 * is, a refusal in Partner Center's shape.
 */
public final class GatewayVerticle extends VerticleBase {

  /** What the verticle instances of one gateway (one configuration, one port) share: the rate limit and the stopping flag. */
  private record Shared(RateLimiter limiter, RateLimiter addressLimiter, AtomicBoolean stopping) {}

  private static final Map<GatewayConfig, Shared> SHARED = new ConcurrentHashMap<>();

  private static final Set<String> ROUTES = ConcurrentHashMap.newKeySet();

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
    return OpenAPIContract.from(vertx, OpenApiDocument.requestContract(config.testClock())).compose(this::startWith);
  }

  private Future<?> startWith(OpenAPIContract contract) {
    BusClient bus = new BusClient(vertx, config.busTimeoutMs());
    Shared shared = SHARED.computeIfAbsent(config, c -> new Shared(new RateLimiter(c.rateLimits().perTenantPerMinute()),
        new RateLimiter(c.rateLimits().perAddressPerMinute()), new AtomicBoolean()));
    Guard guard = new Guard(new TokenVerifier(vertx, config.tokens()), shared.limiter(), shared.addressLimiter(),
        config.rateLimits().trustedProxies(), new ContractCheck(contract));
    ConnectionDeadlines deadlines = new ConnectionDeadlines(vertx, config.timeouts());

    Router router = Router.router(vertx);
    everyRequest(router, deadlines);
    bindOperations(router, guard, OperationHandlers.of(bus, clock, config.priceSheetLimitBytes()), openOperations(new HealthRoutes(bus), shared));
    refusals(router);
    for (Route route : router.getRoutes()) {
      if (route.getPath() != null && route.methods() != null) {
        route.methods().forEach(m -> ROUTES.add(m.name() + " " + route.getPath()));
      }
    }
    // The dashboard is a front end of the API, not a part of it: its pages are not among the API's routes.
    new DashboardRoutes(vertx, config.dashboard(), config.tokens(), bus).mount(router);
    new ApiReference().mount(router);
    HttpServerOptions options = serverOptions();
    Handler<HttpConnection> connections = deadlines.onConnection();
    return vertx.createHttpServer(options).connectionHandler(connection -> {
      MessageFraming.onConnection(connection, options);
      connections.handle(connection);
    }).requestHandler(router).listen().onSuccess(s -> server = s);
  }

  /** What runs before every route: deadlines, security headers, request id, framing, CORS, the body (read once). */
  private void everyRequest(Router router, ConnectionDeadlines deadlines) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());
    BodyHandler usageBody = BodyHandler.create(false).setBodyLimit(config.priceSheetLimitBytes());
    // First: a path in another case is routed again, spelled as its route, before anything else looks at it.
    router.route().handler(new PathSpelling(OpenApiDocument.operations(config.testClock()).stream().map(OpenApiDocument.Op::path).toList()));
    router.route().handler(deadlines.onRequest());
    router.route().handler(new SecurityHeaders(config.https() != null));
    router.route().handler(new RequestIds(config.accessLog()));
    router.route().handler(new ArmRequests());
    // A request whose length is ambiguous (Content-Length and Transfer-Encoding) is answered 400, and its connection closed.
    router.route().handler(MessageFraming.onRequest());
    if (!config.corsOrigins().isEmpty()) {
      router.route().handler(BrowserOrigins.handler(config.corsOrigins()));
    }
    // The small limit for every route but the bulk uploads; price-sheet pages are not read here at all, only paused
    // until their route streams them on.
    router.route().handler(ctx -> {
      String path = ctx.request().path();
      if (BulkUploads.streamed(path)) {
        ctx.request().pause();
        // Answered before the body was read to its end (refused, or too large): the connection cannot be reused.
        ctx.addHeadersEndHandler(v -> {
          if (!ctx.request().isEnded()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
          }
        });
        ctx.next();
      } else {
        (BulkUploads.is(path) ? usageBody : body).handle(ctx);
      }
    });
  }

  /** The operations anyone may call, without a token: the document, probes, metrics. */
  private Map<String, Handler<RoutingContext>> openOperations(HealthRoutes health, Shared shared) {
    String openApi = OpenApiDocument.document(config.testClock()).encodePrettily();
    return Map.of(
        "openapi", ctx -> Responses.json(ctx, 200, openApi),
        "health", health::handle,
        "liveness", ctx -> Responses.json(ctx, 200, "{\"status\":\"UP\"}"),
        "readiness", ctx -> {
          if (shared.stopping().get()) {
            Responses.json(ctx, 503, "{\"status\":\"STOPPING\"}");
          } else {
            health.handle(ctx);
          }
        },
        "metrics", PrometheusScrapingHandler.create(Metrics.REGISTRY));
  }

  /** Each operation of the document, routed with its roles and success status; every handler must have one. */
  private void bindOperations(Router router, Guard guard, Map<String, Endpoint> endpoints, Map<String, Handler<RoutingContext>> open) {
    Set<String> bound = new HashSet<>();
    for (OpenApiDocument.Op op : OpenApiDocument.operations(config.testClock())) {
      Handler<RoutingContext> handler = op.roles().isEmpty() ? open.get(op.operationId())
          : endpoints.containsKey(op.operationId())
              ? guard.allow(op.roles(), op.status(), endpoints.get(op.operationId()), op.produces()) : null;
      if (handler == null) {
        throw new IllegalStateException("no handler for the operation " + op.operationId());
      }
      router.route(HttpMethod.valueOf(op.method()), op.path()).handler(handler);
      bound.add(op.operationId());
    }
    Set<String> unbound = new TreeSet<>(endpoints.keySet());
    unbound.addAll(open.keySet());
    unbound.removeAll(bound);
    unbound.removeAll(config.testClock() ? Set.of() : Set.of("readClock", "moveClock"));
    if (!unbound.isEmpty()) {
      throw new IllegalStateException("handlers for operations the document does not name: " + unbound);
    }
  }

  /** Refusals made by the router itself, in Partner Center's shape like all others. */
  private void refusals(Router router) {
    router.errorHandler(404, ctx -> Responses.error(ctx, 404, "no such resource: " + ctx.request().path()));
    router.errorHandler(405, ctx -> Responses.error(ctx, 405, "method " + ctx.request().method() + " is not allowed here"));
    router.errorHandler(413, ctx -> Responses.error(ctx, ApiError.of(413, ErrorCode.PAYLOAD_TOO_LARGE,
        "the request body is larger than this endpoint accepts", "gateway")));
    router.errorHandler(400, ctx -> Responses.error(ctx, 400, "the request is malformed"));
    router.errorHandler(403, ctx -> Responses.error(ctx, 403, "the origin " + ctx.request().getHeader("Origin")
        + " may not call this API from a browser"));
    router.errorHandler(500, this::unexpected);
  }

  private HttpServerOptions serverOptions() {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setIdleTimeout(config.timeouts().idleSeconds())
        .setHttp2ClearTextEnabled(false)
        .setMaxHeaderSize(16 * 1024)
        .setMaxInitialLineLength(8 * 1024)
        .setCompressionSupported(false);
    if (config.https() != null) {
      // HTTP/1.1 over TLS: the header and body deadlines are per connection, which HTTP/2's streams would share.
      options.setSsl(true).setUseAlpn(false).setSslHandshakeTimeout(config.timeouts().headerSeconds())
          .setKeyCertOptions(new PemKeyCertOptions().setCertPath(config.https().certificateFile())
              .setKeyPath(config.https().privateKeyFile()));
    }
    return options;
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
    return server == null ? Future.succeededFuture() : server.shutdown(20, TimeUnit.SECONDS);
  }

  /** Marks every gateway of this process as stopping (SIGTERM), before the verticles are undeployed. */
  public static void stopping() {
    SHARED.values().forEach(s -> s.stopping().set(true));
  }

  /** Every "METHOD /path" the gateways of this process serve: what the security suite sweeps. */
  public static Set<String> routes() {
    return Set.copyOf(ROUTES);
  }

  public int actualPort() {
    return server == null ? -1 : server.actualPort();
  }
}
