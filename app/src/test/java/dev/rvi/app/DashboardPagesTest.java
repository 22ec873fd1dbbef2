package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
 * The dashboard's pages of issue #28 in headless Chromium against the real platform: agent access (granted and revoked
 * by an admin agent, explained to the others), the partner's support requests with a note, reservations and orders
 * across customers with filters, a count and CSV, a reservation's revisions, and the operator's home. Each page is
 * shot at 1280 and at 390 px, where it must not scroll sideways. Without Chromium these tests are skipped.
 */
class DashboardPagesTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static TestPlatform platform;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static Shop contoso;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser tests are skipped");
    Files.createDirectories(SHOTS);
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
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

  /** A shot at 1280 px, and one at 390 px, where the page must not be wider than the screen. */
  private static void shots(String name) {
    shot(name);
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.navigate().refresh();
      find("main h1");
      wait.until(d -> browser.findElements(By.cssSelector("main .loading")).isEmpty());
      Object wide = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      assertTrue(((Number) wide).longValue() <= 0, () -> name + " scrolls sideways at 390 px by " + wide + " px");
      shot(name + "-390");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1100));
    }
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

  private static void seeIn(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static void go(String hash) {
    browser.get(platform.baseUrl + "/" + hash);
  }

  private static List<String> navigation() {
    return browser.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
  }

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

  @Test
  void anAdminAgentGrantsAndRevokesAccessAndOthersAreToldWhoCan() {
    String[] c = contoso.newCustomer("pages-access-" + System.nanoTime() + ".example", "US");
    String name = platform.get("/v1/customers/" + c[0], contoso.token).json().getJsonObject("companyProfile").getString("companyName");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    assertTrue(navigation().contains("Agent access"), navigation()::toString);
    click("#nav a[href='#/access']");
    new Select(find("#access-customer")).selectByValue(c[0]);
    see("No agent has explicit access");
    type("#grant-user", "new.seller@contoso.example");
    click("#grant-access");
    seeIn("#access-result", "new.seller@contoso.example now has access");
    find("button.revoke[data-user='new.seller@contoso.example']");
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess", contoso.token).items().size());
    shots("p01-access-granted");
    click("button.revoke[data-user='new.seller@contoso.example']");
    seeIn("#access-result", "no longer has access");
    see("No agent has explicit access");
    assertEquals(0, platform.get("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess", contoso.token).items().size());
    assertFalse(name.isEmpty());

    // A bad user id is said in words, and nothing is asked of the API.
    type("#grant-user", "not a user");
    click("#grant-access");
    seeIn("#access-result", "sign-in name");

    signIn("Contoso Cloud Services", "SalesAgent", "pages.seller@contoso.example");
    assertTrue(navigation().contains("Agent access"), navigation()::toString);
    click("#nav a[href='#/access']");
    seeIn("#access-read-only", "Only an admin agent of your partner");
    seeIn("#access-read-only", "pages.seller@contoso.example");
    assertTrue(browser.findElements(By.id("grant-access")).isEmpty(), "no grant form for a sales agent");
    shots("p02-access-read-only");
  }

  @Test
  void aSalesAgentRefusedAtBuyIsToldWhoCanGrantAccess() {
    signIn("Contoso Cloud Services", "SalesAgent", "refused.seller@contoso.example");
    go("#/customers/" + DemoCustomers.ADATUM.id() + "/buy");
    new Select(find("#subscription")).selectByValue(DemoCustomers.ADATUM.subscriptions().get(0).id());
    type("#filter-armSkuName", "Standard_D2s_v5");
    new Select(find("#filter-armRegionName")).selectByValue("eastus");
    click("#search");
    click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    click("#review");
    click("#buy");
    see("Only an admin agent of your partner can grant it");
    see("refused.seller@contoso.example");
    assertFalse(find("main").getText().contains("PUT .../agentAccess"), "no API sentence");
    shot("p03-sales-agent-told-who-grants");
  }

  @Test
  void thePartnersSupportRequestsAreListedAndANoteIsAdded() {
    String[] c = contoso.newCustomer("pages-support-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    String request = platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token, SupportFlowTest.filing(reservation, "refund", 1))
        .json().getString("id");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    click("#nav a[href='#/requests']");
    find("#requests-count");
    new Select(find("#requests-customer")).selectByValue(c[0]);
    click("#requests-apply");
    seeIn("#requests-count", "1 request.");
    shots("p04-support-requests");
    click("a.request-link[href='#/requests/" + c[0] + "/" + request + "']");
    find("#history");
    type("#partner-note", "The customer can be reached after 3 pm.");
    click("#add-partner-note");
    seeIn("#note-result", "Note added.");
    seeIn("#history", "Note by");
    seeIn("#history", "after 3 pm");
    assertEquals(1, platform.get("/v1/supportRequests/" + request, platform.token(DemoData.OPERATOR_TENANT, "SupportAgent")).json()
        .getJsonArray("history").stream().map(JsonObject.class::cast).filter(e -> e.getString("kind").equals("note")).count());
    shots("p05-support-request-noted");
  }

  @Test
  void reservationsAndOrdersAcrossCustomersAreFilteredCountedAndExported() {
    String[] c = contoso.newCustomer("pages-portfolio-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "westeurope", "P1Y"), 3, "P1Y", "Shared");
    assertEquals(200, platform.patch(Shop.path(c[0], reservation), contoso.token, "{\"renew\":true}").status());
    signIn("Contoso Cloud Services", "AdminAgent", null);
    assertTrue(navigation().contains("Reservations and orders"), navigation()::toString);
    click("#nav a[href='#/portfolio']");
    find("#portfolio-count");
    new Select(find("#filter-customer")).selectByValue(c[0]);
    new Select(find("#filter-state")).selectByValue("Succeeded");
    click("#apply-filters");
    seeIn("#portfolio-count", "1 reservation match");
    WebElement export = find("#export-csv");
    assertEquals("reservations.csv", export.getAttribute("download"));
    String href = export.getAttribute("href");
    assertTrue(href.startsWith("data:text/csv;charset=utf-8,"), href);
    String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\ufeffReservation,Customer,"), csv);
    assertEquals(2, csv.trim().split("\r\n").length, csv);
    assertTrue(csv.contains("Standard_D4s_v5"), csv);
    shots("p06-reservations-across-customers");

    new Select(find("#filter-state")).selectByValue("Expired");
    click("#apply-filters");
    seeIn("#portfolio-count", "0 reservations match");

    click("#portfolio-tab-orders");
    find("#portfolio-count");
    new Select(find("#filter-customer")).selectByValue(c[0]);
    click("#apply-filters");
    seeIn("#portfolio-count", "1 order match");
    seeIn("#portfolio-list", "3 × ");
    shots("p07-orders-across-customers");

    click("#portfolio-tab-reservations");
    new Select(find("#filter-customer")).selectByValue(c[0]);
    click("#apply-filters");
    seeIn("#portfolio-count", "1 reservation match");
    click("a.revisions-link");
    see("Revision history");
    WebElement moment = find("#revisions time");
    assertTrue(moment.getAttribute("title").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), moment.getAttribute("title"));
    see("Configured");
    shots("p08-revisions");
  }

  @Test
  void theOperatorLandsOnItsHome() {
    signIn("The operator (support agents, operations)", "Operator", "ops@operator.example");
    find("#partners table");
    assertEquals(List.of("Operator"), navigation());
    assertTrue(browser.getCurrentUrl().endsWith("#/operator"), browser.getCurrentUrl());
    seeIn("#partners", "Contoso Cloud Services");
    seeIn("#health", "UP");
    find("#price-loads");
    seeIn("#support-queue", "support agents");
    assertTrue(browser.findElements(By.cssSelector("main .error")).isEmpty(), "no red refusal");
    shots("p09-operator-home");
  }
}
