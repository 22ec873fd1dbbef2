package dev.rvi.app;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.service.ServiceSettings;
import dev.rvi.domain.testing.SelfSignedCertificate;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.HttpsSettings;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import dev.rvi.gateway.http.Metrics;
import dev.rvi.postgres.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The whole product in the test JVM: a fresh database on the real embedded Postgres, every service,
 * the gateway on a free port, and real HTTP to it. Tests hold one per class.
 */
public final class TestPlatform implements AutoCloseable {
  public static final int SMALL_BODY_LIMIT = 64 * 1024;

  public final Vertx vertx = Vertx.builder().with(Metrics.vertxOptions()).build();
  public final MovableClock clock = MovableClock.system();
  public final DevelopmentKeys keys;
  /** Where the development signing key lives: what {@code token --data-dir} reads. */
  public final Path dataDir;
  public final TokenSettings tokens;
  public final String baseUrl;
  /** The PEM certificate the gateway serves TLS with, for clients to trust; null over plain HTTP. */
  public final Path certificate;
  public final DatabaseSettings database;
  public final Platform platform;
  public final PlatformOptions options;
  private final HttpClient http;
  private final TokenMinter minter;
  private final ResponseContract responses;

  public static TestPlatform start(boolean demo) {
    return new TestPlatform(demo, gateway -> gateway, services -> services);
  }

  /** With the gateway's HTTP timeouts of its own. */
  public static TestPlatform start(boolean demo, HttpTimeouts timeouts) {
    return new TestPlatform(demo, gateway -> gateway.withTimeouts(timeouts), services -> services);
  }

  /** With a per-tenant rate limit of its own. */
  public static TestPlatform start(boolean demo, int rateLimitPerMinute) {
    return new TestPlatform(demo, gateway -> gateway.withRateLimits(RateLimits.perTenant(rateLimitPerMinute)), services -> services);
  }

  /** With the gateway's settings changed from the tests' defaults. */
  public static TestPlatform start(boolean demo, UnaryOperator<GatewayConfig> gateway) {
    return new TestPlatform(demo, gateway, services -> services);
  }

  /** With the services' settings changed from the tests' defaults. */
  public static TestPlatform startWithServices(boolean demo, UnaryOperator<ServiceSettings> services) {
    return new TestPlatform(demo, gateway -> gateway, services);
  }

  /**
   * With the gateway speaking TLS from this certificate (which this platform's own requests trust): what Azure's SDKs
   * need, as their bearer-token policy refuses plain HTTP.
   */
  public static TestPlatform startTls(boolean demo) {
    SelfSignedCertificate tls;
    try {
      tls = SelfSignedCertificate.create(Files.createTempDirectory("rvi-tls"));
    } catch (Exception e) {
      throw new IllegalStateException("no test certificate", e);
    }
    return new TestPlatform(demo, gateway -> gateway.withHttps(new HttpsSettings(tls.cert().toString(), tls.key().toString())),
        services -> services, tls);
  }

  private TestPlatform(boolean demo, UnaryOperator<GatewayConfig> adjust, UnaryOperator<ServiceSettings> services) {
    this(demo, adjust, services, null);
  }

  private TestPlatform(boolean demo, UnaryOperator<GatewayConfig> adjust, UnaryOperator<ServiceSettings> services, SelfSignedCertificate tls) {
    try {
      HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
      http = tls == null ? client.build() : client.version(HttpClient.Version.HTTP_1_1).sslContext(tls.trustingIt()).build();
      certificate = tls == null ? null : tls.cert();
      dataDir = Files.createTempDirectory("rvi-app-test");
      keys = DevelopmentKeys.loadOrCreate(dataDir);
      tokens = TokenSettings.pem(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, keys.publicKeyPem(), 5);
      int port = freePort();
      baseUrl = (tls == null ? "http" : "https") + "://127.0.0.1:" + port;
      database = TestDatabase.fresh();
      GatewayConfig gateway = adjust.apply(new GatewayConfig("127.0.0.1", port, SMALL_BODY_LIMIT, 4 * 1024 * 1024, 10_000, tokens,
          true, false, RateLimits.perTenant(100_000), HttpTimeouts.DEFAULT, List.of(), null, Settings.dashboard(Map.of(), keys)));
      options = new PlatformOptions(database, gateway, demo, 1, 2, 4,
          // Tests move the clock by months and run on any day: the exchange cutover is set far away unless a test sets it.
          // Webhook receivers in tests listen on loopback over plain HTTP.
          services.apply(ServiceSettings.DEFAULT.withJobIntervals(0, 0)
              .withExchangeEligibility(new ExchangeEligibility(LocalDate.of(2999, 1, 1), ExchangeEligibility.DEFAULT.kinds()))
              .withWebhooksAllowInsecure(true)));
      platform = new Platform(vertx, clock);
      platform.start(options).await(3, TimeUnit.MINUTES);
      minter = new TokenMinter(vertx, keys, tokens.issuer(), tokens.audience());
      responses = new ResponseContract(vertx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the platform did not start", e);
    }
  }

  public String token(String tenant, String... roles) {
    return minter.mint(tenant, Arrays.asList(roles), tenant + "-user", Duration.ofMinutes(30));
  }

  /** A token of one named user of a tenant. */
  public String tokenOf(String tenant, String user, String... roles) {
    return minter.mint(tenant, Arrays.asList(roles), user, Duration.ofMinutes(30));
  }

  /** Moves the platform's time as an operator would, through the test clock endpoint. */
  public void moveClockBy(Duration by) {
    Reply moved = post("/v1/admin/clock", operatorToken(), "{\"now\":\"" + clock.instant().plus(by) + "\"}");
    if (moved.status() != 200) {
      throw new IllegalStateException("the clock did not move: " + moved);
    }
  }

  /** A price sheet with one row, loaded as the operator. */
  public void loadPrice(String armSkuName, String region, String type, String term, String price, Instant start) {
    JsonObject row = new JsonObject().put("currencyCode", "USD").put("armSkuName", armSkuName).put("armRegionName", region)
        .put("type", type).put("unitPrice", new BigDecimal(price)).put("effectiveStartDate", start.toString())
        .put("serviceName", "Virtual Machines").put("productName", "Virtual Machines").put("unitOfMeasure", "1 Hour");
    if (term != null) {
      row.put("reservationTerm", term);
    }
    Reply loaded = post("/v1/admin/priceSheets", operatorToken(), new JsonObject().put("Items", new JsonArray().add(row)).encode());
    if (loaded.status() != 200 || loaded.json().getInteger("rowsLoaded") != 1) {
      throw new IllegalStateException("the price did not load: " + loaded);
    }
  }

  public String operatorToken() {
    return token(DemoData.OPERATOR_TENANT, "Operator");
  }

  /** One SQL statement (or several, ;-separated) on the platform's database, as an operator at psql would. */
  public void sql(String statement) throws Exception {
    PgConnection conn = PgConnection.connect(vertx, database.connectOptions()).await(30, TimeUnit.SECONDS);
    try {
      conn.query(statement).execute().await(30, TimeUnit.SECONDS);
    } finally {
      conn.close().await(30, TimeUnit.SECONDS);
    }
  }

  /** The first column of the first row of a query, as a number (counts, sums). */
  public long number(String query) throws Exception {
    PgConnection conn = PgConnection.connect(vertx, database.connectOptions()).await(30, TimeUnit.SECONDS);
    try {
      Object value = conn.query(query).execute().await(30, TimeUnit.SECONDS).iterator().next().getValue(0);
      return value == null ? 0 : ((Number) value).longValue();
    } finally {
      conn.close().await(30, TimeUnit.SECONDS);
    }
  }

  public Reply get(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), token);
  }

  public Reply post(String path, String token, String body) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  public Reply put(String path, String token, String body) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  public Reply post(String path, String token, String body, String idempotencyKey) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  public Reply patch(String path, String token, String body) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)), token);
  }

  public Reply delete(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), token);
  }

  public Reply send(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      responses.check(response);
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A reply: status, body, and the body as JSON when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> response) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public List<JsonObject> items() {
      return json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      vertx.close().await(30, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // best effort at the end of a test class
    }
  }
}
