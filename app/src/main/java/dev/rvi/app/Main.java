package dev.rvi.app;

import dev.rvi.catalog.CatalogService;
import dev.rvi.catalog.pricesheet.PriceLoad;
import dev.rvi.catalog.pricesheet.PriceSheetParser;
import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetReport;
import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.ServicePool;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.json.Jsons;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.http.Metrics;
import dev.rvi.order.sql.OrderSql;
import dev.rvi.postgres.EmbeddedPostgresServer;
import dev.rvi.postgres.SchemaMigrations;
import dev.rvi.usage.UsageImport;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar app.jar serve | token | import-prices | import-usage | node}. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);



  private Main() {}

  static boolean jsonLogs() {
    return "json".equals(Settings.env().get("RVI_LOG_FORMAT"));
  }

  public static void main(String[] argv) {
    int exit = Cli.execute(argv);
    // A server that came up keeps running (its threads are not daemons); everything else ends here with its code.
    if (exit != 0 || !serving) {
      System.exit(exit);
    }
  }

  /** Whether this process's serve or node is up (and so does not exit when its command returns). */
  static volatile boolean serving;

  /** The embedded Postgres of the data dir, for this process alone; another serve on the data dir is said in one sentence. */
  private static EmbeddedPostgresServer startOwnedPostgres(ServeLifecycle lifecycle, Path dataDir) {
    try {
      return lifecycle.startPostgres(() -> EmbeddedPostgresServer.startOwned(dataDir));
    } catch (IllegalStateException e) {
      throw new Cli.Failure("could not start: " + e.getMessage() + "; stop that one, or give this one another --data-dir");
    } catch (RuntimeException e) {
      throw new Cli.Failure("could not start the embedded Postgres under " + dataDir + ": " + e.getMessage());
    }
  }

  /** Said before the services start: a port another process holds, in the terms of the command line. */
  static void requireFreePort(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      throw new Cli.Failure(String.valueOf(e.getMessage()).contains("in use") ? portInUse(port)
          : "could not start: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); choose another --host");
    } catch (IOException e) {
      // The gateway's own bind says what is wrong.
    }
  }

  static String portInUse(int port) {
    return "could not start: port " + port + " is in use; choose another with --http-port";
  }

  /** One sentence for a failed start: the port when it is taken (someone bound it meanwhile), else what failed. */
  static String startFailure(Throwable failure, int port) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof BindException || String.valueOf(e.getMessage()).contains("Address already in use")) {
        return portInUse(port);
      }
    }
    return "could not start: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage());
  }


  /** The external server from the environment, else the embedded one under the data dir. */
  static DatabaseSettings database(Path dataDir) {
    return DatabaseSettings.fromEnvironment(Settings.env())
        .orElseGet(() -> EmbeddedPostgresServer.start(dataDir).settings());
  }

  static TokenSettings tokenSettings(Path dataDir, Map<String, String> env) {
    return tokenKeys(dataDir, env).withMaxLifetime(maxTokenLifetime(env));
  }

  /** RVI_JWT_MAX_LIFETIME_SECONDS, else a day. */
  static Duration maxTokenLifetime(Map<String, String> env) {
    String seconds = env.get("RVI_JWT_MAX_LIFETIME_SECONDS");
    return seconds == null || seconds.isBlank() ? TokenSettings.DEFAULT_MAX_LIFETIME : Duration.ofSeconds(Long.parseLong(seconds.trim()));
  }

  private static TokenSettings tokenKeys(Path dataDir, Map<String, String> env) {
    String issuer = env.getOrDefault("RVI_JWT_ISSUER", TokenSettings.DEV_ISSUER);
    String audience = env.getOrDefault("RVI_JWT_AUDIENCE", TokenSettings.DEV_AUDIENCE);
    try {
      if (env.get("RVI_JWT_JWKS_URL") != null) {
        return TokenSettings.jwksUrl(issuer, audience, env.get("RVI_JWT_JWKS_URL"),
            Duration.ofSeconds(Long.parseLong(env.getOrDefault("RVI_JWT_JWKS_REFRESH_SECONDS", "60"))), 30);
      }
      if (env.get("RVI_JWT_JWKS_FILE") != null) {
        return TokenSettings.jwks(issuer, audience, new JsonObject(Files.readString(Path.of(env.get("RVI_JWT_JWKS_FILE")))), 30);
      }
      if (env.get("RVI_JWT_PUBLIC_KEY_FILE") != null) {
        return TokenSettings.pem(issuer, audience, Files.readString(Path.of(env.get("RVI_JWT_PUBLIC_KEY_FILE"))), 30);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TokenSettings.pem(issuer, audience, DevelopmentKeys.loadOrCreate(dataDir).publicKeyPem(), 30);
  }

  /** The development keys when no issuer's keys are configured (the dashboard's sign-in page mints with them), else null. */
  static DevelopmentKeys developmentKeys(Path dataDir, Map<String, String> env) {
    boolean configured = env.get("RVI_JWT_JWKS_URL") != null || env.get("RVI_JWT_JWKS_FILE") != null || env.get("RVI_JWT_PUBLIC_KEY_FILE") != null;
    return configured ? null : DevelopmentKeys.loadOrCreate(dataDir);
  }

  static void serve(ServeOptions args) {
    Path dataDir = args.dataDir();
    int port = httpPort(args.httpPort());
    String host = args.host() == null ? "0.0.0.0" : args.host();
    boolean testClock = args.testClock();
    ServeLifecycle lifecycle = new ServeLifecycle();
    // In place before anything starts: a TERM at any moment of start-up stops what started, the embedded Postgres last.
    Runtime.getRuntime().addShutdownHook(new Thread(lifecycle::stop, "graceful-stop"));
    EmbeddedPostgresServer embedded = null;
    if (DatabaseSettings.fromEnvironment(Settings.env()).isPresent()) {
      lifecycle.externalDatabase();
    } else {
      embedded = startOwnedPostgres(lifecycle, dataDir);
    }
    DatabaseSettings db = embedded != null ? embedded.settings() : DatabaseSettings.fromEnvironment(Settings.env()).orElseThrow();
    try {
      requireFreePort(host, port);
    } catch (Cli.Failure e) {
      lifecycle.stop();
      throw e;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    GatewayConfig gateway = new GatewayConfig(host, port, GatewayConfig.DEFAULT_BODY_LIMIT,
        Settings.priceSheetLimit(Settings.env()), 10_000, tokenSettings(dataDir, Settings.env()), testClock,
        Settings.accessLog(Settings.env()), Settings.rateLimits(Settings.env()), Settings.httpTimeouts(Settings.env()),
        Settings.corsOrigins(Settings.env()), Settings.https(Settings.env()),
        Settings.dashboard(Settings.env(), developmentKeys(dataDir, Settings.env())));
    PlatformOptions options = new PlatformOptions(db, gateway, !args.noDemo(), Math.max(1, cores / 2), cores,
        Math.max(4, cores * 2), Settings.services(Settings.env())).withServiceDatabases(ServiceDatabases.from(Settings.env()));
    Vertx vertx = Vertx.builder().with(Metrics.vertxOptions()).build();
    MovableClock clock = MovableClock.system();
    Platform platform = new Platform(vertx, clock, BusTrust.local(operatorTenants(Settings.env())));
    lifecycle.starting(platform);
    try {
      platform.start(options).await(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      boolean terminated = lifecycle.stopping();
      lifecycle.stop();
      throw new Cli.Failure(terminated ? "serve stopped during start-up" : startFailure(e, port));
    }
    lifecycle.started();
    serving = true;
    String local = (gateway.https() != null ? "https" : "http") + "://localhost:" + port;
    if (jsonLogs()) {
      // Every line on stdout is a JSON object: the banner is one log line.
      LOG.info("Reserved VM Instances API is up at {} (dashboard {}/, API reference {}/docs/, database {})", local, local, local, db);
      return;
    }
    System.out.println();
    System.out.println("Reserved VM Instances API is up at " + local + "  (database: " + db + ")");
    System.out.println("Dashboard: " + local + "/    API reference: " + local + "/docs/");
    System.out.println("Health:  curl " + local + "/health");
    System.out.println("Token:   TOKEN=$(java -jar app/target/app.jar token --partner " + DemoData.CONTOSO.id()
        + " --roles AdminAgent --data-dir " + dataDir + ")");
    System.out.println("Try:     curl -H \"Authorization: Bearer $TOKEN\" '" + local
        + "/v1/reservedInstances?country=US&armRegionName=eastus&term=P1Y&sort=price'");
    if (testClock) {
      System.out.println("Test clock is ON: POST " + local + "/v1/admin/clock {\"now\": \"...\"} with an Operator token");
    }
  }

  /** --http-port, else RVI_HTTP_PORT, else 8080. */
  static int httpPort(Integer given) {
    return given != null ? given : Integer.parseInt(Settings.env().getOrDefault("RVI_HTTP_PORT", "8080"));
  }

  static void token(TokenOptions args) {
    String partner = args.partner();
    if (partner == null || partner.isBlank()) {
      throw new IllegalArgumentException("--partner <tenantId> is required");
    }
    List<String> roles = args.roles().stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
    for (String role : roles) {
      if (!Role.ALL.contains(role)) {
        throw new IllegalArgumentException("unknown role " + role + "; roles are " + String.join(", ", Role.ALL));
      }
    }
    Path dataDir = args.dataDir();
    TokenSettings settings = tokenSettings(dataDir, Map.of(
        "RVI_JWT_ISSUER", Settings.env().getOrDefault("RVI_JWT_ISSUER", TokenSettings.DEV_ISSUER),
        "RVI_JWT_AUDIENCE", Settings.env().getOrDefault("RVI_JWT_AUDIENCE", TokenSettings.DEV_AUDIENCE),
        "RVI_JWT_MAX_LIFETIME_SECONDS", Settings.env().getOrDefault("RVI_JWT_MAX_LIFETIME_SECONDS", "")));
    // A token the gateway would refuse for living too long is not minted.
    Duration ttl = args.ttl();
    if (ttl.compareTo(settings.maxLifetime()) > 0) {
      throw new IllegalArgumentException("--ttl " + ttl.toSeconds() + " s is longer than a token may live: at most "
          + settings.maxLifetime().toSeconds() + " s (RVI_JWT_MAX_LIFETIME_SECONDS)");
    }
    Vertx vertx = Vertx.vertx();
    try {
      TokenMinter minter = new TokenMinter(vertx, DevelopmentKeys.loadOrCreate(dataDir), settings.issuer(), settings.audience());
      System.out.println(minter.mint(partner, roles, args.user() == null ? partner + "-user" : args.user(), ttl));
    } finally {
      vertx.close();
    }
  }

  /** {@code RVI_OPERATOR_TENANTS}: the tenants whose tokens may carry Operator and SupportAgent (default: the demo's). */
  static OperatorTenants operatorTenants(Map<String, String> env) {
    return OperatorTenants.parse(env.get("RVI_OPERATOR_TENANTS"));
  }

  static Duration ttl(String text) {
    if (!text.matches("0*[1-9]\\d{0,8}[smhd]")) {
      throw new IllegalArgumentException("--ttl is a number (from 1) and a unit: 90s, 30m, 1h, 1d");
    }
    long n = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  static int importUsage(ImportOptions args) {
    String customer = args.customer();
    String subscription = args.subscription();
    if (customer == null || subscription == null || args.files().isEmpty()) {
      throw new IllegalArgumentException("import-usage needs --customer, --subscription and at least one file of {\"items\": [...]}");
    }
    DatabaseSettings db = database(args.dataDir());
    for (var module : Platform.allServices()) {
      SchemaMigrations.migrate(db, module.schema());
    }
    Vertx vertx = Vertx.vertx();
    int exit = 0;
    try {
      Pool pool = ServicePool.create(vertx, db, "import", 4);
      if (pool.preparedQuery(OrderSql.SUBSCRIPTION_OF_CUSTOMER).execute(Tuple.of(subscription, customer)).await(1, TimeUnit.MINUTES)
          .size() == 0) {
        throw new ApiException(ApiError.of(404, ErrorCode.NOT_FOUND, "subscription " + subscription + " of customer " + customer
            + " not found", "usage"));
      }
      for (Path path : args.files()) {
        long started = System.nanoTime();
        try (Reader reader = new Progress(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.getFileName().toString(),
            Files.size(path), System.err)) {
          JsonObject result = UsageImport.run(pool, customer, subscription, reader, Integer.MAX_VALUE)
              .await(30, TimeUnit.MINUTES);
          System.err.printf("%s: %,d records stored in %.1f s%n", path, result.getInteger("stored"), (System.nanoTime() - started) / 1e9);
          System.out.println(result.encode());
        }
      }
    } catch (ApiException e) {
      System.err.println("error: " + e.error().description() + (e.error().data().isEmpty() ? "" : " " + e.error().data()));
      exit = 2;
    } catch (Exception e) {
      System.err.println("error: " + e.getMessage());
      exit = 1;
    } finally {
      vertx.close();
    }
    return exit;
  }

  static int importPrices(ImportOptions args) {
    if (args.files().isEmpty()) {
      throw new IllegalArgumentException("import-prices needs at least one price-sheet file");
    }
    Path dataDir = args.dataDir();
    DatabaseSettings db = database(dataDir);
    CatalogService catalog = new CatalogService();
    SchemaMigrations.migrate(db, catalog.schema());
    Vertx vertx = Vertx.vertx();
    int exit = 0;
    try {
      Pool pool = ServicePool.create(vertx, db, "import", 4);
      catalog.prepare(vertx, pool).await(5, TimeUnit.MINUTES);
      // All files are pages of one load: committed together, or not at all.
      String name = args.files().size() == 1 ? args.files().get(0).getFileName().toString()
          : args.files().size() + " files from " + args.files().get(0).getFileName();
      PriceLoad load = PriceLoad.open(pool, MovableClock.system(), catalog.reference(), name).await(5, TimeUnit.MINUTES);
      try {
        for (Path path : args.files()) {
          System.err.printf("%s (%,d bytes)%n", path, Files.size(path));
          long began = System.nanoTime();
          try (Reader reader = new Progress(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.getFileName().toString(),
              Files.size(path), System.err)) {
            load.readPage(reader);
          }
          PriceLoadState state = load.state(null);
          System.err.printf("  %,d rows read so far, %,d loaded (%.1f s)%n", state.rowsRead(), state.rowsLoaded(),
              (System.nanoTime() - began) / 1e9);
        }
      } catch (RuntimeException | IOException e) {
        load.abandon("failed", e.getMessage()).await(5, TimeUnit.MINUTES);
        throw e;
      }
      PriceSheetReport report = load.commit().await(30, TimeUnit.MINUTES);
      System.err.printf("  loaded %,d, skipped %,d, rejected %,d%n", report.rowsLoaded(), report.rowsSkipped(), report.rowsRejected());
      System.out.println(Jsons.encode(report));
      if (report.rowsRejected() > 0) {
        exit = 1;
      }
    } catch (PriceSheetParser.NotAPriceSheet e) {
      System.err.println("error: " + e.getMessage());
      exit = 2;
    } catch (Exception e) {
      System.err.println("error: " + e.getMessage());
      exit = 1;
    } finally {
      vertx.close();
    }
    return exit;
  }
}
