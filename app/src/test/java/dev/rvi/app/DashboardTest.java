package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.dashboard.DashboardSettings;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.net.http.HttpRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver), against the real platform: the
 * seed's click paths through the public API, one screenshot per step under target/screenshots. Without Chromium
 * these tests say so and are skipped.
 */
class DashboardTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static TestPlatform platform;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser tests are skipped");
    Files.createDirectories(SHOTS);
    platform = TestPlatform.start(true);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1100");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (platform != null) {
      platform.close();
    }
  }

  /** Nothing the pages do may break the Content-Security-Policy or throw. */
  @AfterEach
  void noScriptErrors() {
    if (browser == null) {
      return;
    }
    List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).filter(m -> !m.contains("Failed to load resource")).toList();
    assertEquals(List.of(), problems, "errors in the browser's console");
  }

  private static void shot(String name) {
    try {
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  private static void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  private static void see(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
  }

  private static void go(String hash) {
    browser.get(platform.baseUrl + "/" + hash);
  }

  /** The development sign-in page: the partner by its name, a role, optionally a user. */
  private static void signIn(String tenantName, String role, String user) {
    browser.get(platform.baseUrl + "/#/signin");
    browser.executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    click("button[data-name='" + tenantName + "']");
    click("input[name=role][value=" + role + "]");
    if (user != null) {
      type("#user", user);
    }
    click("#sign-in");
    find("#sign-out");
  }

  private static void searchCatalog(String size, String region) {
    type("#filter-armSkuName", size);
    new Select(find("#filter-armRegionName")).selectByValue(region);
    click("#search");
    find("button[data-sku='" + size + "'][data-region='" + region + "']");
  }

  @Test
  void aDirectPartnerAddsACustomerAndBuysTwoReservationsThroughReview() {
    signIn("Contoso Cloud Services", "AdminAgent", null);
    see("Customers");
    click("li[data-customer-name='Adatum Corporation'] button[aria-expanded]");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Adatum Corporation']"), "Adatum Production"));
    shot("01-customers");
    String domain = "browser-" + System.nanoTime() + ".example";
    type("input[name=domain]", domain);
    type("input[name=companyName]", "Browser Bikes");
    click("#add-customer");
    see("Customer added");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-customer-name='Browser Bikes'] button[aria-expanded]")));
    click("li[data-customer-name='Browser Bikes'] button[aria-expanded]");
    see("has no active Azure subscription");
    shot("02-customer-online-services");
    type("li[data-customer-name='Browser Bikes'] input[name=friendlyName]", "Bikes Production");
    click("li[data-customer-name='Browser Bikes'] form button[type=submit]");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Browser Bikes']"), "registered"));
    click("li[data-customer-name='Browser Bikes'] a.button");

    find("#filters");
    searchCatalog("Standard_D2s_v5", "eastus");
    see("Software costs are not included");
    shot("03-catalog-filters");
    WebElement quantity = find("button[data-sku='Standard_D2s_v5'][data-region='eastus']").findElement(By.xpath("preceding-sibling::input"));
    quantity.clear();
    quantity.sendKeys("2");
    click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    searchCatalog("Standard_D4s_v5", "westeurope");
    click("button[data-sku='Standard_D4s_v5'][data-region='westeurope']");
    see("Cart: 2 lines");
    click("#review");
    find("#buy");
    shot("04-review");
  }

  @Test
  void aSalesAgentWithoutAccessToTheSubscriptionIsToldWhy() {
    signIn("Contoso Cloud Services", "SalesAgent", "new.agent@contoso.example");
    go("#/customers/" + DemoCustomers.ADATUM.id() + "/buy");
    new Select(find("#subscription")).selectByValue(DemoCustomers.ADATUM.subscriptions().get(0).id());
    searchCatalog("Standard_D2s_v5", "eastus");
    click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    click("#review");
    click("#buy");
    see("has no explicit access to subscription");
    shot("09-sales-agent-refused");
  }

  @Test
  void aReservationsScopeIsChangedAndARefundRequestIsApprovedInTheConsole() throws Exception {
    Shop contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("browser-scope-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "single");
    String page = "#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
    // Six days of usage: both VMs on even days, one on odd days.
    platform.moveClockBy(Duration.ofDays(6));
    Instant from = Instant.parse(reservation.getString("effectiveDateTime")).truncatedTo(ChronoUnit.HOURS);
    JsonArray usage = new JsonArray();
    for (Instant hour = from; hour.isBefore(platform.clock.instant().truncatedTo(ChronoUnit.HOURS)); hour = hour.plus(Duration.ofHours(1))) {
      long day = Duration.between(from, hour).toDays();
      for (int vm = 0; vm < (day % 2 == 0 ? 2 : 1); vm++) {
        usage.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-" + vm).put("armSkuName", "Standard_D2s_v5")
            .put("armRegionName", "eastus").put("quantity", 1));
      }
    }
    assertEquals(200, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", usage).encode()).status());

    signIn("Contoso Cloud Services", "AdminAgent", null);
    go("#/customers/" + c[0] + "/reservations");
    find(".reservation-link");
    shot("10-reservations");
    go(page);
    see("Expires");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart .bar")));
    assertTrue(browser.findElements(By.cssSelector(".chart .bar")).size() >= 6, "a bar a day");
    shot("11-reservation-overview");
    go(page + "/properties");
    assertEquals(reservation.getString("id"), find("#reservation-id").getText());
    assertEquals(reservation.getString("reservationOrderId"), find("#reservation-order-id").getText());
    go(page + "/configure");
    new Select(find("#scope")).selectByValue("Shared");
    click("#save-configuration");
    see("the scope is now Shared");
    shot("12-scope-changed");
    assertEquals("Shared", platform.get(Shop.path(c[0], reservation), contoso.token).json().getString("appliedScopeType"));

    go(page + "/support");
    new Select(find("#requested-action")).selectByValue("refund");
    type("#support-quantity", "1");
    click("button.next");
    type("#support-description", "The workload moved to containers.");
    click("button.next");
    type("#contact-name", "Pat Doe");
    type("#contact-email", "pat@example.com");
    shot("13-support-contact");
    click("#submit-support-request");
    find("#support-request-id");
    shot("14-support-filed");

  }

  /** An exchange from the reservation's page: the quote first, then the new order. */
  /** A billing admin's invoices with their lines, and a customer's recommendations, where a billing admin sees no buying. */
  @Test
  void aBillingAdminReadsInvoicesAndRecommendations() {
    Shop contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("browser-invoice-" + System.nanoTime() + ".example", "US");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    signIn("Contoso Cloud Services", "BillingAdmin", null);
    find("a[href='#/invoices']");
    assertTrue(browser.findElements(By.cssSelector("a.button[href$='/buy']")).isEmpty(), "a billing admin is offered no buying");
    go("#/invoices");
    click("#main table button.secondary");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invoice-lines table tbody tr")));
    shot("22-invoice-lines");
    go("#/customers/" + c[0] + "/recommendations");
    wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations table")),
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations .empty"))));
    shot("23-recommendations");
  }

  /**
   * A route's parameters are ids, checked before any page runs: a link whose "customer id" is a path
   * ({@code ..%2F..%2Fv1%2Fadmin%2Fpartners%3Fx%3D}) would otherwise make the page call {@code GET /v1/admin/partners?x=}
   * with the signed-in user's token. Each such link shows that it is not valid, and the page asks nothing of the API.
   */
  @Test
  void aLinkWithAPathForAnIdShowsItIsInvalidAndCallsNoApi() {
    signIn("The operator (support agents, operations)", "Operator", null);
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
      WebElement message = find("#invalid-link");
      assertTrue(message.getText().contains("This link is not valid") && message.getText().contains("is not a valid "), message.getText());
      assertEquals("Not found", find("main h1").getText());
    }
    shot("24-invalid-link");
  }

  /**
   * The API calls (the resource timings under /v1/) of a fresh page opened at {@code hash}, once it shows the invalid-link
   * message or an error: about:blank first, so nothing of the page before counts.
   */
  private static List<String> apiCallsOpening(String hash) {
    browser.get("about:blank");
    browser.get(platform.baseUrl + "/" + hash);
    wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("invalid-link")),
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .error"))));
    Object names = browser.executeScript(
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname + new URL(e.name).search)");
    return ((List<?>) names).stream().map(String::valueOf).filter(u -> u.startsWith("/v1/")).toList();
  }

  /** The page's own rules: a strict Content-Security-Policy on the dashboard, and the sign-in page of the development keys. */
  @Test
  void theDashboardIsServedUnderAStrictContentSecurityPolicy() {
    TestPlatform.Reply page = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/")), null);
    assertEquals(200, page.status());
    String csp = page.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
    browser.get(platform.baseUrl + "/#/signin");
    find("#tenants");
    assertTrue(browser.findElements(By.cssSelector("#tenants button")).size() >= 5, "the demo partners and the operator are listed");
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      go("#/signin");
      find("#tenants");
      shot("17-phone-width-sign-in");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  /** The API reference: Swagger UI over the product's OpenAPI document, under its Content-Security-Policy. */
  @Test
  void theApiReferenceRendersTheOpenApiDocument() {
    browser.get(platform.baseUrl + "/docs/");
    WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
    assertTrue(title.getText().contains("Reserved"), title.getText());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
    assertTrue(browser.findElements(By.cssSelector(".opblock")).size() > 60, "every operation is listed");
    shot("18-api-reference");
    String csp = platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/docs/")), null).header("Content-Security-Policy");
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
    HttpServer idp = platform.vertx.createHttpServer().requestHandler(request -> {
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
      browser.get(withIssuer.baseUrl + "/#/signin");
      browser.executeScript("sessionStorage.clear()");
      click("#oidc-sign-in");
      find("#sign-out");
      assertTrue(find("#who").getText().contains("oidc.user@contoso.example"));
      assertTrue(verified.get() != null && verified.get().length() >= 43, "the token was given for the verifier of the challenge");
      browser.get(withIssuer.baseUrl + "/#/customers");
      see("Adatum Corporation");
      shot("19-signed-in-with-oidc");
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
