package dev.rvi.app;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.service.ServiceModule;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.dashboard.DashboardSettings;
import dev.rvi.gateway.http.Metrics;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code node --role ...}: some parts of the product as a member of a clustered event bus (Hazelcast).
 * Services need a shared Postgres ({@code DATABASE_URL} or the {@code PG*} variables); each migrates its
 * own schema (Flyway serializes concurrent starts). Several instances of a role share its work.
 */
final class Node {
  private static final Logger LOG = LoggerFactory.getLogger(Node.class);
  static final Map<String, String> ROLE_SCHEMAS = Map.of("catalog", "catalog", "order", "orders", "support", "support",
      "billing", "billing", "usage", "usage", "notification", "notification", "directory", "directory");

  private Node() {}

  static void start(NodeOptions args) {
    Set<String> roles = new LinkedHashSet<>();
    for (String role : args.roles()) {
      if (!role.isBlank()) {
        roles.add(role.trim());
      }
    }
    for (String role : roles) {
      if (!role.equals("gateway") && !ROLE_SCHEMAS.containsKey(role)) {
        throw new IllegalArgumentException("unknown role " + role + "; roles are gateway, catalog, directory, order, support, billing, usage, notification");
      }
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("--role is required: gateway, catalog, directory, order, support, billing, usage or notification (several with commas)");
    }
    ClusterSettings cluster = ClusterSettings.from(args);
    Path dataDir = args.dataDir();
    Map<String, DatabaseSettings> own = ServiceDatabases.from(Settings.env());
    boolean shared = roles.stream().filter(ROLE_SCHEMAS::containsKey).anyMatch(role -> !own.containsKey(ROLE_SCHEMAS.get(role)));
    DatabaseSettings db = null;
    if (shared) {
      db = DatabaseSettings.fromEnvironment(Settings.env()).orElseThrow(() ->
          new IllegalArgumentException("service roles need a Postgres: set DATABASE_URL or PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD, "
              + "or RVI_DATABASE_URL_<SCHEMA> for each service of this node"));
    }
    Vertx vertx;
    try {
      vertx = Vertx.builder().with(cluster.vertxOptions(Metrics.vertxOptions())).withClusterManager(cluster.clusterManager()).buildClustered()
          .await(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      System.err.println("could not join the cluster: " + e.getMessage());
      System.exit(1);
      return;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int instances = args.instances() != null ? args.instances() : Math.max(1, cores / 2);
    int port = Main.httpPort(args.httpPort());
    GatewayConfig gateway = new GatewayConfig(args.host() == null ? "0.0.0.0" : args.host(), port, GatewayConfig.DEFAULT_BODY_LIMIT,
        Settings.priceSheetLimit(Settings.env()), Settings.services(Settings.env()).busTimeoutMs(),
        roles.contains("gateway") ? Main.tokenSettings(dataDir, Settings.env()) : null, args.testClock(),
        Settings.accessLog(Settings.env()), Settings.rateLimits(Settings.env()), Settings.httpTimeouts(Settings.env()),
        Settings.corsOrigins(Settings.env()), Settings.https(Settings.env()),
        roles.contains("gateway") ? Settings.dashboard(Settings.env(), Main.developmentKeys(dataDir, Settings.env())) : DashboardSettings.NONE);
    PlatformOptions options = new PlatformOptions(db, gateway, false, instances, Math.max(1, cores), Math.max(4, cores * 2),
        Settings.services(Settings.env())).withServiceDatabases(own);
    Platform platform = new Platform(vertx, MovableClock.system(), new BusTrust(cluster.security().signer(),
        Main.operatorTenants(Settings.env())));
    List<String> started = new ArrayList<>();
    try {
      for (ServiceModule module : Platform.allServices()) {
        String role = ROLE_SCHEMAS.entrySet().stream().filter(e -> e.getValue().equals(module.schema())).findFirst().orElseThrow().getKey();
        if (roles.contains(role)) {
          platform.startService(module, options).await(5, TimeUnit.MINUTES);
          started.add(role);
        }
      }
      if (roles.contains("gateway")) {
        platform.startGateway(options).await(1, TimeUnit.MINUTES);
        started.add("gateway on port " + port);
      }
    } catch (Exception e) {
      System.err.println(Main.startFailure(e, port));
      vertx.close();
      System.exit(1);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(platform::shutdown, "node-stop"));
    Main.serving = true;
    LOG.info("node up: {} (cluster {} at {}:{}, event bus port {})", started, cluster.clusterName(), cluster.host(),
        cluster.memberPort(), cluster.busPort());
    System.out.println("NODE READY " + String.join(",", roles));
  }
}
