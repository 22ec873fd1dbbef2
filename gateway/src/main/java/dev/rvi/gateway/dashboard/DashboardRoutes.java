package dev.rvi.gateway.dashboard;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.NoBody;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.http.Responses;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The partner dashboard: plain files from the jar at {@code /} and {@code /ui/}, under a strict Content-Security-Policy
 * (scripts and styles from this origin only, nothing inline), talking only to the public {@code /v1} API with the
 * signed-in user's token. {@code /ui/signIn.json} says how to sign in; with the development keys,
 * {@code POST /ui/devToken} mints a token for a demo partner and role (from this machine only, unless
 * {@code RVI_DEV_SIGN_IN=open}).
 */
public final class DashboardRoutes {
  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final String CSP_BEFORE_CONNECT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
  private static final String CSP_AFTER_CONNECT = "; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final CharSequence CACHE_NAME = HttpHeaders.createOptimized("Cache-Control");
  private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");
  private static final Set<String> PARTNER_ROLES = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT, Role.BILLING_ADMIN);
  private static final Set<String> OPERATOR_ROLES = Set.of(Role.SUPPORT_AGENT, Role.OPERATOR);

  private final DashboardSettings settings;
  private final BusClient bus;
  private final TokenMinter minter;
  /** A sign-in lasts a working day, unless tokens may not live that long. */
  private final Duration signInLifetime;
  /** The page may fetch from this origin only, and from the identity provider's token endpoint when one is configured. */
  private final CharSequence csp;

  public DashboardRoutes(Vertx vertx, DashboardSettings settings, TokenSettings tokens, BusClient bus) {
    this.settings = settings;
    this.bus = bus;
    this.minter = settings.devKeys() == null || tokens == null ? null : new TokenMinter(vertx, settings.devKeys(), tokens.issuer(), tokens.audience());
    Duration workingDay = Duration.ofHours(8);
    this.signInLifetime = tokens == null || tokens.maxLifetime().compareTo(workingDay) >= 0 ? workingDay : tokens.maxLifetime();
    this.csp = HttpHeaders.createOptimized(CSP_BEFORE_CONNECT + (settings.oidc() ? " " + origin(settings.oidcTokenUrl()) : "") + CSP_AFTER_CONNECT);
  }

  public void mount(Router router) {
    StaticHandler files = StaticHandler.create("dashboard").setCachingEnabled(false).setIndexPage("index.html").setDirectoryListing(false);
    router.get("/").handler(this::pageHeaders).handler(files);
    // The pages link /ui/favicon.svg; a browser that asks the old way (a page of the API opened directly) gets it too.
    router.get("/favicon.ico").handler(ctx -> ctx.reroute("/ui/favicon.svg"));
    router.get("/ui/signIn.json").handler(this::pageHeaders).handler(this::signIn);
    // The body was read (to the gateway's small limit) before any route.
    router.post("/ui/devToken").handler(this::pageHeaders).handler(this::devToken);
    router.get("/ui/*").handler(this::pageHeaders).handler(files).handler(ctx -> Responses.error(ctx, 404, "no such page: " + ctx.request().path()));
  }

  private void pageHeaders(RoutingContext ctx) {
    ctx.response().headers().set(CSP_NAME, csp).set(CACHE_NAME, NO_CACHE);
    ctx.next();
  }

  /** How this installation signs people in: the demo partners and roles (development keys), or the OIDC client, or neither. */
  private void signIn(RoutingContext ctx) {
    JsonObject answer = new JsonObject().put("development", minter != null && mayMint(ctx));
    if (settings.oidc()) {
      answer.put("oidc", new JsonObject().put("authorizeUrl", settings.oidcAuthorizeUrl()).put("tokenUrl", settings.oidcTokenUrl())
          .put("clientId", settings.oidcClientId()).put("scope", settings.oidcScope()));
    }
    if (!answer.getBoolean("development")) {
      Responses.json(ctx, 200, answer.encode());
      return;
    }
    answer.put("partnerRoles", new JsonArray(sorted(PARTNER_ROLES))).put("operatorRoles", new JsonArray(sorted(OPERATOR_ROLES)));
    Caller operator = new Caller(settings.operatorTenant(), "dashboard-sign-in", Set.of(Role.OPERATOR));
    bus.ask(DirectoryContract.LIST_PARTNERS, NoBody.INSTANCE, operator, UUID.randomUUID().toString()).onComplete(done -> {
      JsonArray tenants = new JsonArray();
      if (done.succeeded()) {
        for (Object p : new JsonObject(done.result().json()).getJsonArray("items", new JsonArray())) {
          JsonObject partner = (JsonObject) p;
          tenants.add(new JsonObject().put("tenantId", partner.getString("id")).put("name", partner.getString("name"))
              .put("type", partner.getString("type")).put("kind", "partner"));
        }
      }
      tenants.add(new JsonObject().put("tenantId", settings.operatorTenant()).put("name", "The operator (support agents, operations)")
          .put("kind", "operator"));
      Responses.json(ctx, 200, answer.put("tenants", tenants).encode());
    });
  }

  private void devToken(RoutingContext ctx) {
    if (minter == null || !mayMint(ctx)) {
      Responses.error(ctx, 404, "development sign-in is off here: sign in with your organisation's identity provider");
      return;
    }
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null || !(body.getValue("tenantId") instanceof String tenant) || tenant.isBlank() || !(body.getValue("roles") instanceof JsonArray roles)
        || roles.isEmpty()) {
      Responses.error(ctx, 400, "give tenantId and roles, e.g. {\"tenantId\": \"...\", \"roles\": [\"AdminAgent\"]}");
      return;
    }
    Set<String> allowed = tenant.equals(settings.operatorTenant()) ? OPERATOR_ROLES : PARTNER_ROLES;
    List<String> chosen = new ArrayList<>();
    for (Object r : roles) {
      if (!(r instanceof String role) || !allowed.contains(role)) {
        Responses.error(ctx, 400, "roles for this tenant are " + String.join(", ", sorted(allowed)));
        return;
      }
      chosen.add(role);
    }
    String user = body.getValue("userId") instanceof String u && !u.isBlank() ? u.trim() : tenant + "-user";
    if (user.length() > 200) {
      Responses.error(ctx, 400, "userId is at most 200 characters");
      return;
    }
    Responses.json(ctx, 200, new JsonObject().put("token", minter.mint(tenant, chosen, user, signInLifetime)).encode());
  }

  /** Minting is for a developer on this machine, unless the operator opened it on purpose. */
  private boolean mayMint(RoutingContext ctx) {
    if (settings.devSignInFromAnywhere()) {
      return true;
    }
    String host = ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
    try {
      return host != null && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  private static List<String> sorted(Set<String> roles) {
    return roles.stream().sorted().toList();
  }
}
