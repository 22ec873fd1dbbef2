package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.dashboard.DashboardSettings;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver), against the real platform: the
 * seed's click paths through the public API, one screenshot per step under target/screenshots. Without Chromium
 * these tests say so and are skipped.
 */
class DashboardTest {
  private static DashboardBrowser ui;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
  }

  @AfterAll
  static void stop() {
    if (ui != null) {
      ui.close();
    }
  }

  /** Nothing the pages do may break the Content-Security-Policy or throw. */
  @AfterEach
  void noScriptErrors() {
    if (ui != null) {
      ui.noScriptErrors();
    }
  }

  @Test
  void aDirectPartnerAddsACustomerAndBuysTwoReservationsThroughReview() {
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.see("Customers");
    ui.click("li[data-customer-name='Adatum Corporation'] button[aria-expanded]");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Adatum Corporation']"), "Adatum Production"));
    ui.shot("01-customers");
    String domain = "browser-" + System.nanoTime() + ".example";
    ui.type("input[name=domain]", domain);
    ui.type("input[name=companyName]", "Browser Bikes");
    ui.click("#add-customer");
    ui.see("Customer added");
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-customer-name='Browser Bikes'] button[aria-expanded]")));
    ui.click("li[data-customer-name='Browser Bikes'] button[aria-expanded]");
    ui.see("has no active Azure subscription");
    ui.shot("02-customer-online-services");
    ui.type("li[data-customer-name='Browser Bikes'] input[name=friendlyName]", "Bikes Production");
    ui.click("li[data-customer-name='Browser Bikes'] form button[type=submit]");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Browser Bikes']"), "registered"));
    ui.click("li[data-customer-name='Browser Bikes'] a.button");

    ui.find("#filters");
    ui.searchCatalog("Standard_D2s_v5", "eastus");
    ui.see("Software costs are not included");
    ui.shot("03-catalog-filters");
    WebElement quantity = ui.find("button[data-sku='Standard_D2s_v5'][data-region='eastus']").findElement(By.xpath("preceding-sibling::input"));
    quantity.clear();
    quantity.sendKeys("2");
    ui.click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    ui.searchCatalog("Standard_D4s_v5", "westeurope");
    ui.click("button[data-sku='Standard_D4s_v5'][data-region='westeurope']");
    ui.see("Cart: 2 lines");
    ui.click("#review");
    ui.find("#buy");
    ui.shot("04-review");
  }

  @Test
  void aSalesAgentWithoutAccessToTheSubscriptionIsToldWhy() {
    ui.signIn("Contoso Cloud Services", "SalesAgent", "new.agent@contoso.example");
    ui.go("#/customers/" + DemoCustomers.ADATUM.id() + "/buy");
    new Select(ui.find("#subscription")).selectByValue(DemoCustomers.ADATUM.subscriptions().get(0).id());
    ui.searchCatalog("Standard_D2s_v5", "eastus");
    ui.click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    ui.click("#review");
    ui.click("#buy");
    ui.see("has no explicit access to subscription");
    ui.shot("09-sales-agent-refused");
  }

  @Test
  void aReservationsScopeIsChangedAndARefundRequestIsApprovedInTheConsole() throws Exception {
    Shop contoso = new Shop(ui.platform, ui.platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("browser-scope-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "single");
    String page = "#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
    // Six days of usage: both VMs on even days, one on odd days.
    ui.platform.moveClockBy(Duration.ofDays(6));
    Instant from = Instant.parse(reservation.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS);
    JsonArray usage = new JsonArray();
    for (Instant hour = from; hour.isBefore(ui.platform.clock.instant().truncatedTo(ChronoUnit.HOURS)); hour = hour.plus(Duration.ofHours(1))) {
      long day = Duration.between(from, hour).toDays();
      for (int vm = 0; vm < (day % 2 == 0 ? 2 : 1); vm++) {
        usage.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-" + vm).put("armSkuName", "Standard_D2s_v5")
            .put("armRegionName", "eastus").put("quantity", 1));
      }
    }
    assertEquals(200, ui.platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", usage).encode()).status());

    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go("#/customers/" + c[0] + "/reservations");
    ui.find(".reservation-link");
    ui.shot("10-reservations");
    ui.go(page);
    ui.see("Expires");
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart .bar")));
    assertTrue(ui.browser.findElements(By.cssSelector(".chart .bar")).size() >= 6, "a bar a day");
    ui.shot("11-reservation-overview");
    ui.go(page + "/properties");
    assertEquals(reservation.getString("id"), ui.find("#reservation-id").getText());
    assertEquals(reservation.getString("reservationOrderId"), ui.find("#reservation-order-id").getText());
    ui.go(page + "/configure");
    new Select(ui.find("#scope")).selectByValue("Shared");
    ui.click("#save-configuration");
    ui.see("the scope is now Shared");
    ui.shot("12-scope-changed");
    assertEquals("Shared", ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getString("appliedScopeType"));

    ui.go(page + "/support");
    new Select(ui.find("#requested-action")).selectByValue("refund");
    ui.type("#support-quantity", "1");
    ui.click("button.next");
    ui.type("#support-description", "The workload moved to containers.");
    ui.click("button.next");
    ui.type("#contact-name", "Pat Doe");
    ui.type("#contact-email", "pat@example.com");
    ui.shot("13-support-contact");
    ui.click("#submit-support-request");
    ui.find("#support-request-id");
    ui.shot("14-support-filed");

  }

  /** An exchange from the reservation's page: the quote first, then the new order. */
  /** A billing admin's invoices with their lines, and a customer's recommendations, where a billing admin sees no buying. */
  @Test
  void aBillingAdminReadsInvoicesAndRecommendations() {
    Shop contoso = new Shop(ui.platform, ui.platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("browser-invoice-" + System.nanoTime() + ".example", "US");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    ui.signIn("Contoso Cloud Services", "BillingAdmin", null);
    ui.find("a[href='#/invoices']");
    assertTrue(ui.browser.findElements(By.cssSelector("a.button[href$='/buy']")).isEmpty(), "a billing admin is offered no buying");
    ui.go("#/invoices");
    ui.click("#main table button.secondary");
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invoice-lines table tbody tr")));
    ui.shot("22-invoice-lines");
    ui.go("#/customers/" + c[0] + "/recommendations");
    ui.wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations table")),
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations .empty"))));
    ui.shot("23-recommendations");
  }

  /**
   * A route's parameters are ids, checked before any page runs: a link whose "customer id" is a path
   * ({@code ..%2F..%2Fv1%2Fadmin%2Fpartners%3Fx%3D}) would otherwise make the page call {@code GET /v1/admin/partners?x=}
   * with the signed-in user's token. Each such link shows that it is not valid, and the page asks nothing of the API.
   */
  @Test
  void aLinkWithAPathForAnIdShowsItIsInvalidAndCallsNoApi() {
    ui.signIn("The operator (support agents, operations)", "Operator", null);
    String adatum = DemoCustomers.ADATUM.id();
    for (String hash : List.of("#/customers/..%2F..%2Fv1%2Fadmin%2Fpartners%3Fx%3D/reservations",
        "#/customers/..%2F..%2Fv1%2Fadmin%2Fpartners%3Fx%3D/orders",
        "#/customers/" + adatum + "/reservations/..%2F..%2F..%2F..%2Fadmin%2Fpartners%3Fx%3D/r1",
        "#/customers/%2e%2e/buy",
        "#/console/..%2F..%2Fv1%2Fadmin%2Fpartners%3Fx%3D",
        "#/customers/" + adatum + "/reservations/ro1/r1/nosuchtab",
        "#/customers/" + adatum + "/savingsPlans/..%2F..%2F..%2Fadmin%2Fpartners%3Fx%3D",
        "#/customers/" + adatum + "/savingsPlans/p1/nosuchtab")) {
      List<String> calls = apiCallsOpening(hash);
      assertTrue(calls.stream().noneMatch(u -> u.contains("/v1/admin/")), () -> hash + " made the page call the admin API: " + calls);
      assertEquals(List.of(), calls, hash + " makes no API call at all");
      WebElement message = ui.find("#invalid-link");
      assertTrue(message.getText().contains("This link is not valid") && message.getText().contains("is not a valid "), message.getText());
      assertEquals("Not found", ui.find("main h1").getText());
    }
    ui.shot("24-invalid-link");
  }

  /**
   * The API calls (the resource timings under /v1/) of a fresh page opened at {@code hash}, once it shows the invalid-link
   * message or an error: about:blank first, so nothing of the page before counts.
   */
  private static List<String> apiCallsOpening(String hash) {
    ui.browser.get("about:blank");
    ui.browser.get(ui.platform.baseUrl + "/" + hash);
    ui.wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("invalid-link")),
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .error"))));
    Object names = ui.browser.executeScript(
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname + new URL(e.name).search)");
    return ((List<?>) names).stream().map(String::valueOf).filter(u -> u.startsWith("/v1/")).toList();
  }

  /** The page's own rules: a strict Content-Security-Policy on the dashboard, and the sign-in page of the development keys. */
  @Test
  void theDashboardIsServedUnderAStrictContentSecurityPolicy() {
    TestPlatform.Reply page = ui.platform.send(HttpRequest.newBuilder(URI.create(ui.platform.baseUrl + "/")), null);
    assertEquals(200, page.status());
    String csp = page.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
    ui.browser.get(ui.platform.baseUrl + "/#/signin");
    ui.find("#tenants");
    assertTrue(ui.browser.findElements(By.cssSelector("#tenants button")).size() >= 5, "the demo partners and the operator are listed");
    ui.browser.manage().window().setSize(new Dimension(390, 844));
    try {
      ui.go("#/signin");
      ui.find("#tenants");
      ui.shot("17-phone-width-sign-in");
    } finally {
      ui.browser.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  /** The API reference: Swagger UI over the product's OpenAPI document, under its Content-Security-Policy. */
  @Test
  void theApiReferenceRendersTheOpenApiDocument() {
    ui.browser.get(ui.platform.baseUrl + "/docs/");
    WebElement title = ui.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
    assertTrue(title.getText().contains("Reserved"), title.getText());
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    // Swagger UI draws only the operations in view (a long list is virtualized): every one of the document's is in its model.
    JsonObject paths = ui.platform.get("/v1/openapi.json", null).json().getJsonObject("paths");
    long documented = paths.fieldNames().stream().mapToLong(path -> paths.getJsonObject(path).size()).sum();
    Object listed = ((JavascriptExecutor) ui.browser).executeScript("return window.ui.specSelectors.operations().size");
    assertEquals(documented, ((Number) listed).longValue(), "every operation is listed");
    assertTrue(documented > 150, "the document's operations: " + documented);
    ui.shot("18-api-reference");
    String csp = ui.platform.send(HttpRequest.newBuilder(URI.create(ui.platform.baseUrl + "/docs/")), null).header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
  }

  /**
   * With a configured issuer the page signs in with OpenID Connect, authorization code and PKCE: against an identity
   * provider on loopback that gives the code only for an S256 challenge and the token only for the verifier that
   * hashes to it.
   */
  @Test
  void withAConfiguredIssuerThePageSignsInWithPkce() throws Exception {
    Map<String, String> challenges = new ConcurrentHashMap<>();
    AtomicReference<String> verified = new AtomicReference<>();
    // The identity provider signs with the keys the platform under test trusts (set once it has started).
    AtomicReference<TokenMinter> idpKeys = new AtomicReference<>();
    HttpServer idp = ui.platform.vertx.createHttpServer().requestHandler(request -> {
      if (request.path().equals("/authorize")) {
        if (!"S256".equals(request.getParam("code_challenge_method")) || !"dashboard".equals(request.getParam("client_id"))) {
          request.response().setStatusCode(400).end("S256 and the client id are required");
          return;
        }
        String code = "code-" + System.nanoTime();
        challenges.put(code, request.getParam("code_challenge"));
        request.response().setStatusCode(302).putHeader("Location", request.getParam("redirect_uri") + "?code=" + code + "&state="
            + request.getParam("state")).end();
        return;
      }
      request.response().putHeader("Access-Control-Allow-Origin", "*");
      if (request.method().name().equals("OPTIONS")) {
        request.response().putHeader("Access-Control-Allow-Headers", "Content-Type").end();
        return;
      }
      request.setExpectMultipart(true);
      request.endHandler(v -> {
        String verifier = request.getFormAttribute("code_verifier");
        String expected = challenges.remove(String.valueOf(request.getFormAttribute("code")));
        if (verifier == null || expected == null || !expected.equals(s256(verifier))) {
          request.response().setStatusCode(400).putHeader("Content-Type", "application/json").end("{\"error\": \"invalid_grant\"}");
          return;
        }
        verified.set(verifier);
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("token_type", "Bearer")
            .put("access_token", idpKeys.get().mint(DemoData.CONTOSO.id(), List.of("AdminAgent"), "oidc.user@contoso.example", Duration.ofMinutes(10)))
            .encode());
      });
    }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    String idpBase = "http://127.0.0.1:" + idp.actualPort();
    DashboardSettings oidc = new DashboardSettings(null, false, "operator", idpBase + "/authorize", idpBase + "/token", "dashboard", "openid");
    try (TestPlatform withIssuer = TestPlatform.start(true, gateway -> gateway.withDashboard(oidc))) {
      idpKeys.set(new TokenMinter(withIssuer.vertx, withIssuer.keys, withIssuer.tokens.issuer(), withIssuer.tokens.audience()));
      ui.browser.get(withIssuer.baseUrl + "/#/signin");
      ui.browser.executeScript("sessionStorage.clear()");
      ui.click("#oidc-sign-in");
      ui.find("#sign-out");
      assertTrue(ui.find("#who").getText().contains("oidc.user@contoso.example"));
      assertTrue(verified.get() != null && verified.get().length() >= 43, "the token was given for the verifier of the challenge");
      ui.browser.get(withIssuer.baseUrl + "/#/customers");
      ui.see("Adatum Corporation");
      ui.shot("19-signed-in-with-oidc");
    } finally {
      idp.close();
    }
  }

  private static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
