package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
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
 * Names where people expect them, and times in the viewer's zone (issue #28), in headless Chromium against the real
 * platform: the header names the partner, the support console names partners and customers and picks a partner by
 * name, a reservation's properties name its partner of record beside the MPN id, its scope names the subscription, a
 * customer sold through a reseller names the reseller, and instants show local date and time with UTC on hover.
 * Without Chromium these tests say so and are skipped.
 */
class DashboardNamesTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static TestPlatform platform;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static JsonObject reservation;
  private static String request;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser tests are skipped");
    Files.createDirectories(SHOTS);
    platform = TestPlatform.start(true);
    reservation = PartnerNamesTest.resellerReservation(platform);
    request = PartnerNamesTest.fileRequest(platform, reservation);
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

  private static void seeIn(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
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

  private static void noGuid(String where, String text) {
    assertFalse(GUID.matcher(text).find(), () -> where + " shows an id where a name is expected: " + text);
  }

  /** A time element: the viewer's date and time as text (never the raw ISO), the UTC ISO instant as its title. */
  private static void localWithUtcTitle(WebElement time) {
    String title = time.getAttribute("title");
    assertTrue(ISO.matcher(title).matches(), () -> "title " + title);
    assertEquals(Instant.parse(title).toString(), Instant.parse(time.getAttribute("datetime")).toString());
    assertFalse(ISO.matcher(time.getText()).find(), () -> "raw ISO shown: " + time.getText());
    assertTrue(time.getText().matches(".*\\d.*"), time::getText);
  }

  @Test
  void theHeaderNamesThePartnerBeforeTheUserAndRole() {
    signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    seeIn(".who-user", "Fabrikam Distribution");
    String header = find(".who-user").getText();
    assertEquals("Fabrikam Distribution · pat@fabrikam.example · AdminAgent", header);
    noGuid("the header", header);
    shot("n01-header-names-the-partner");

    // The operator's staff belong to no partner: user and role, and nothing asked that fails.
    signIn("The operator (support agents, operations)", "SupportAgent", "sam@operator.example");
    find("#queue");
    assertEquals("sam@operator.example · SupportAgent", find(".who-user").getText());
  }

  @Test
  void theConsoleNamesPartnersAndCustomersAndPicksAPartnerByName() {
    signIn("The operator (support agents, operations)", "SupportAgent", "sam@operator.example");
    find("#queue");
    Select partner = new Select(find("#queue-partner"));
    List<String> choices = partner.getOptions().stream().map(WebElement::getText).toList();
    assertTrue(choices.contains("Fabrikam Distribution (MPN 4711002)"), choices::toString);
    choices.forEach(choice -> noGuid("the partner picker", choice));
    partner.selectByVisibleText("Fabrikam Distribution (MPN 4711002)");
    new Select(find("#queue-status")).selectByValue("new");
    click("#queue-filter");
    seeIn("#queue", "Datum Logistics");
    WebElement row = find("a.request-link[href='#/console/" + request + "']").findElement(By.xpath("./ancestor::tr"));
    String partnerCell = row.findElement(By.cssSelector("td[data-label='Partner']")).getText();
    String customerCell = row.findElement(By.cssSelector("td[data-label='Customer']")).getText();
    assertEquals("Fabrikam Distribution", partnerCell);
    assertEquals("Datum Logistics", customerCell);
    assertEquals(DemoData.FABRIKAM.id(), row.findElement(By.cssSelector("td[data-label='Partner'] span")).getAttribute("title"));
    for (WebElement cell : browser.findElements(By.cssSelector("#queue td[data-label='Partner'], #queue td[data-label='Customer']"))) {
      noGuid("the queue", cell.getText());
    }
    for (WebElement cell : browser.findElements(By.cssSelector("#queue td[data-label='Partner']"))) {
      assertEquals("Fabrikam Distribution", cell.getText(), "the filter by name keeps only Fabrikam's requests");
    }
    localWithUtcTitle(row.findElement(By.cssSelector("td[data-label='Filed'] time")));
    shots("n02-console-names");

    click("a.request-link[href='#/console/" + request + "']");
    seeIn("#request-partner", "Fabrikam Distribution");
    seeIn("#request-customer", "Datum Logistics");
    // The ids stay beside the names, for copying.
    seeIn("#request-partner", DemoData.FABRIKAM.id());
    localWithUtcTitle(find("#history li time"));
    shots("n03-console-request-names");
  }

  @Test
  void propertiesScopeAndTheResellerAreNamed() {
    signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    String datum = DemoCustomers.DATUM.id();
    String base = "#/customers/" + datum + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");

    go(base + "/overview");
    seeIn("#scope", "Datum Fleet");
    String scope = find("#scope").getText();
    assertTrue(scope.startsWith("Single (Datum Fleet"), scope);
    noGuid("the scope", scope);
    assertEquals("/subscriptions/" + DemoCustomers.DATUM.subscriptions().get(0).id(),
        find("#scope .subscription-name").getAttribute("title"), "the subscription's id on hover");
    shots("n04-scope-names-the-subscription");

    go(base + "/properties");
    seeIn("#partner-of-record", "Northwind Traders IT");
    String record = find("#partner-of-record").getText();
    assertTrue(record.startsWith("Northwind Traders IT"), record);
    assertTrue(record.contains("4711003"), () -> "the MPN id is kept for copying: " + record);
    assertTrue(find("#reservation-id").getText().equals(reservation.getString("id")), "ids are kept in properties");
    assertTrue(find("#billing-subscription").getText().startsWith("Datum Fleet " + DemoCustomers.DATUM.subscriptions().get(0).id()),
        () -> find("#billing-subscription").getText());
    shots("n05-properties-names-the-partner-of-record");

    go("#/customers");
    By badge = By.cssSelector("li[data-customer-name='Datum Logistics'] .badge.reseller");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(badge, "Northwind Traders IT"));
    assertEquals("via reseller Northwind Traders IT", browser.findElement(badge).getText());
    assertEquals(DemoData.NORTHWIND.id(), browser.findElement(badge).getAttribute("title"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Electro Parts Ltd'] .badge.reseller"),
        "Tailspin Cloud Reseller"));
    shots("n06-via-reseller-named");
  }

  @Test
  void ordersAndAQuotesExpiryShowLocalTimesWithUtcOnHover() {
    signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    String datum = DemoCustomers.DATUM.id();
    go("#/customers/" + datum + "/orders");
    localWithUtcTitle(find("td[data-label='Date'] time"));
    shot("n07-order-date-and-time");

    go("#/customers/" + datum + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id") + "/refund");
    click("#quote-refund");
    WebElement expiry = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//dt[normalize-space()='Quote valid until']/following-sibling::dd[1]/time")));
    localWithUtcTitle(expiry);
    shot("n08-quote-expiry-local");
  }
}
