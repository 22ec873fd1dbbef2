package dev.rvi.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.time.MovableClock;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.GatewayVerticle;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's and the API reference's pages link a favicon the gateway serves under the pages' own CSP: no 404 on a load. */
class FaviconTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Vertx vertx;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    DevelopmentKeys keys = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("rvi-favicon"));
    TokenSettings tokens = TokenSettings.pem(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, keys.publicKeyPem(), 5);
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, 64 * 1024, 1024 * 1024, 2_000, tokens, false, false,
        RateLimits.perTenant(100_000), HttpTimeouts.DEFAULT, List.of(), null, DashboardSettings.NONE);
    GatewayVerticle gateway = new GatewayVerticle(config, MovableClock.system());
    vertx.deployVerticle(gateway).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    base = "http://127.0.0.1:" + gateway.actualPort();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePagesLinkAnSvgIconThatIsServedUnderTheirCsp() throws Exception {
    String link = "<link rel=\"icon\" href=\"/ui/favicon.svg\" type=\"image/svg+xml\">";
    assertTrue(get("/").body().contains(link), "the dashboard links its icon");
    assertTrue(get("/docs/").body().contains(link), "the API reference links the same icon");
    for (String path : List.of("/ui/favicon.svg", "/favicon.ico")) {
      HttpResponse<String> icon = get(path);
      assertEquals(200, icon.statusCode(), path + ": " + icon.body());
      assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"), path + ": " + icon.headers());
      assertTrue(icon.body().startsWith("<svg") && icon.body().contains("viewBox"), icon.body());
      String csp = icon.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("img-src 'self'") && csp.contains("default-src 'none'"), path + ": " + csp);
    }
  }
}
