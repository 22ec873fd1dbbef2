package dev.rvi.app;

import dev.rvi.billing.BillingService;
import dev.rvi.catalog.CatalogService;
import dev.rvi.directory.DirectoryService;
import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.ServicePool;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.notification.NotificationService;
import dev.rvi.order.OrderService;
import dev.rvi.postgres.SchemaMigrations;
import dev.rvi.support.SupportService;
import dev.rvi.usage.UsageService;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts of the product in one Vert.x: each service (schema migrated, one shared pool,
 * reference data, N verticle instances), then demo data on an empty database, then the gateway: nothing answers
 * HTTP (so nothing is ready, and no operator can write) before the demo is in.
 */
public final class Platform {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

  private final Vertx vertx;
  private final MovableClock clock;
  private final Map<String, String> deployments = new ConcurrentHashMap<>();

  /** In one JVM with the demo's operator tenant: requests signed with a key of this process's own. */
  public Platform(Vertx vertx, MovableClock clock) {
    this(vertx, clock, BusTrust.local(OperatorTenants.DEFAULT));
  }

  public Platform(Vertx vertx, MovableClock clock, BusTrust trust) {
    this.vertx = vertx;
    this.clock = clock;
    trust.install(vertx);
  }

  public static List<ServiceModule> allServices() {
    return List.of(new CatalogService(), new DirectoryService(), new OrderService(), new SupportService(), new BillingService(),
        new UsageService(), new NotificationService());
  }

  public Future<Void> start(PlatformOptions options) {
    Future<Void> chain = Future.succeededFuture();
    for (ServiceModule module : allServices()) {
      chain = chain.compose(v -> startService(module, options));
    }
    return chain
        .compose(v -> options.demo() ? new DemoData(vertx).loadIfEmpty() : Future.succeededFuture())
        .compose(v -> startGateway(options));
  }

  public Future<Void> startService(ServiceModule module, PlatformOptions options) {
    DatabaseSettings database = options.databaseFor(module.schema());
    return vertx.executeBlocking(() -> SchemaMigrations.migrate(database, module.schema()))
        .compose(migrated -> {
          Pool pool = ServicePool.create(vertx, database, module.schema(), options.poolSize(), options.services().statementTimeoutMs());
          return module.prepare(vertx, pool).compose(v -> vertx.deployVerticle(
              module.verticles(pool, clock, options.services()), new DeploymentOptions().setInstances(options.serviceInstances())));
        })
        .onSuccess(id -> {
          deployments.put(module.schema(), id);
          LOG.info("{} service started ({} instances)", module.schema(), options.serviceInstances());
        })
        .mapEmpty();
  }

  public Future<Void> startGateway(PlatformOptions options) {
    return vertx.deployVerticle(() -> new GatewayVerticle(options.gateway(), clock),
            new DeploymentOptions().setInstances(options.gatewayInstances()))
        .onSuccess(id -> {
          deployments.put("gateway", id);
          LOG.info("gateway listening on http://{}:{}", options.gateway().host(), options.gateway().port());
        })
        .mapEmpty();
  }

  /** Takes one service off the bus (its schema's name): what an outage looks like to the others. */
  public Future<Void> stopService(String schema) {
    String id = deployments.remove(schema);
    return id == null ? Future.succeededFuture() : vertx.undeploy(id);
  }

  /**
   * SIGTERM: readiness turns 503 at once; the gateway stops accepting and lets requests in flight
   * finish; then services leave the bus (no new requests reach them) before their pools close.
   */
  public void shutdown() {
    try {
      GatewayVerticle.stopping();
      String gateway = deployments.remove("gateway");
      if (gateway != null) {
        vertx.undeploy(gateway).await(30, TimeUnit.SECONDS);
      }
      for (String id : vertx.deploymentIDs()) {
        vertx.undeploy(id).await(30, TimeUnit.SECONDS);
      }
      vertx.close().await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("shutdown did not finish cleanly: {}", e.getMessage());
    }
  }

  public Future<Void> stop() {
    return vertx.close();
  }
}
