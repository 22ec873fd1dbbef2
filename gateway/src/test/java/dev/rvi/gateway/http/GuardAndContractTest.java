package dev.rvi.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Address;
import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.Document;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.ServiceVerticle;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.dashboard.DashboardSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard and the contract check in front of a route, with a fake of the service behind it (the directory's customer
 * list and create): each refusal is the gateway's, in Partner Center's shape, and the fake is never asked; a request
 * that fits reaches it once.
 */
class GuardAndContractTest {
  private static final int PER_TENANT = 5;
  private static final List<String> ASKED = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Vertx vertx;
  private static GatewayVerticle gateway;
  private static DevelopmentKeys keys;
  private static TokenSettings tokens;

  /** The directory as the gateway sees it: it answers and remembers who asked. */
  static final class FakeDirectory extends ServiceVerticle {
    FakeDirectory() {
      super(Address.DIRECTORY, "directory");
    }

    @Override
    protected void registerActions() {
      on(DirectoryContract.LIST_CUSTOMERS, (r, q) -> {
        ASKED.add(r.caller().tenantId() + " list");
        return Future.succeededFuture(Document.of(new JsonObject().put("totalCount", 0).put("items", new JsonArray())
            .put("attributes", new JsonObject().put("objectType", "Collection"))));
      });
      on(DirectoryContract.CREATE_CUSTOMER, (r, q) -> {
        ASKED.add(r.caller().tenantId() + " create " + q.domain());
        return Future.succeededFuture(Document.of(new JsonObject().put("id", "c1")));
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    Path dir = Files.createTempDirectory("rvi-guard-test");
    keys = DevelopmentKeys.loadOrCreate(dir);
    tokens = TokenSettings.pem(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, keys.publicKeyPem(), 5);
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 64 * 1024, 1024 * 1024, 2_000, tokens, false, false,
        RateLimits.perTenant(PER_TENANT), HttpTimeouts.DEFAULT, List.of(), null, DashboardSettings.NONE);
    gateway = new GatewayVerticle(config, MovableClock.system());
    vertx.deployVerticle(new FakeDirectory()).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    vertx.deployVerticle(gateway).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static String token(String tenant, String... roles) throws Exception {
    return new TokenMinter(vertx, keys, tokens.issuer(), tokens.audience()).mint(tenant, List.of(roles), tenant + "-user", Duration.ofMinutes(10));
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.actualPort() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String token, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.actualPort() + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Refused by the gateway, in Partner Center's error shape, and the service behind never asked. */
  private static JsonObject refused(HttpResponse<String> reply, int status, String tenant) {
    assertEquals(status, reply.statusCode(), reply.body());
    JsonObject error = new JsonObject(reply.body());
    assertEquals(status, error.getInteger("code"));
    assertEquals("gateway", error.getString("source"), reply.body());
    assertTrue(ASKED.stream().noneMatch(a -> a.startsWith(tenant + " ")), () -> "the service was asked: " + ASKED);
    return error;
  }

  @Test
  void noTokenOrABadOneIs401() throws Exception {
    refused(get("/v1/customers", null), 401, "nobody");
    refused(get("/v1/customers", token("t-bad", "AdminAgent") + "x"), 401, "t-bad");
  }

  @Test
  void aRoleTheRouteDoesNotAllowIs403AndOperatorRolesDoNotCountInAPartnerTenant() throws Exception {
    refused(get("/v1/customers", token("t-roles", "Reader")), 403, "t-roles");
    refused(get("/v1/customers", token("t-roles", "Operator", "SupportAgent")), 403, "t-roles");
  }

  @Test
  void aRequestThatFitsReachesTheServiceOnce() throws Exception {
    assertEquals(200, get("/v1/customers?size=10", token("t-fits", "AdminAgent")).statusCode());
    assertEquals(1, ASKED.stream().filter(a -> a.equals("t-fits list")).count());
  }

  @Test
  void parametersOutsideTheContractAreRefusedBeforeTheService() throws Exception {
    String token = token("t-params", "AdminAgent");
    refused(get("/v1/customers?size=0", token), 400, "t-params");
    refused(get("/v1/customers?size=ten", token), 400, "t-params");
    refused(get("/v1/customers?size=1&size=2", token), 400, "t-params");
    refused(get("/v1/customers?continuationToken=a%00b", token), 400, "t-params");
  }

  @Test
  void bodyKeysAreReadInAnyCaseButTheirTypesAreChecked() throws Exception {
    String token = token("t-body", "AdminAgent");
    refused(post("/v1/customers", token, "{\"companyProfile\":\"not an object\"}"), 400, "t-body");
    refused(post("/v1/customers", token, "{\"COMPANYPROFILE\":{\"DOMAIN\":7}}"), 400, "t-body");
    HttpResponse<String> created = post("/v1/customers", token, "{\"CompanyProfile\":{\"Domain\":\"any-case.example\"},"
        + "\"BillingProfile\":{\"DefaultAddress\":{\"Country\":\"US\"}}}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(ASKED.contains("t-body create any-case.example"), () -> ASKED.toString());
  }

  @Test
  void aTenantPastItsRateIs429WithRetryAfterAndOtherTenantsGoOn() throws Exception {
    String busy = token("t-busy", "AdminAgent");
    HttpResponse<String> last = null;
    for (int i = 0; i <= PER_TENANT; i++) {
      last = get("/v1/customers", busy);
    }
    assertEquals(429, last.statusCode(), last.body());
    assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
    assertEquals(PER_TENANT, ASKED.stream().filter(a -> a.equals("t-busy list")).count(), "the refused one was not asked");
    assertEquals(200, get("/v1/customers", token("t-calm", "AdminAgent")).statusCode());
    assertEquals(Set.of("t-calm list"), Set.copyOf(ASKED.stream().filter(a -> a.startsWith("t-calm")).toList()));
  }
}
