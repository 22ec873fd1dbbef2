package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Views that follow changes (issue #28), in headless Chromium against the real platform: an order's detail with the
 * refunds and exchanges of its lines, a reservation that says what replaced it, states in a person's words (Active, not
 * Succeeded), two reservations of one size told apart by term and purchase date, the customer form that shows what it
 * added and empties itself, and none of these pages wider than a 390 px phone. Screenshots under target/screenshots
 * (changes-*).
 */
class DashboardChangesTest {
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
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1100", "--lang=en-US");
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
    browser.manage().window().setSize(new Dimension(1280, 1100));
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

  private static void seeIn(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static void go(String hash) {
    browser.get(platform.baseUrl + "/" + hash);
  }

  private static void signIn(String tenantName, String role) {
    browser.get(platform.baseUrl + "/#/signin");
    browser.executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    click("button[data-name='" + tenantName + "']");
    click("input[name=role][value=" + role + "]");
    click("#sign-in");
    find("#sign-out");
  }

  /** The page as it is now, at phone width: nothing wider than the screen (no sideways scroll); a screenshot of it. */
  private static void atPhoneWidth(String name) {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      wait.until(d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 400);
      Object wide = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertTrue(((Number) wide).intValue() <= 0, name + " scrolls sideways at 390 px by " + wide + " px");
      shot("changes-" + name + "-390");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  private static String usd(BigDecimal amount) {
    return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  private static String page(String customerId, JsonObject reservation) {
    return "#/customers/" + customerId + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
  }

  /** Refunds {@code quantity} of a reservation through the API; answers the amount refunded. */
  private static BigDecimal refund(String customerId, JsonObject reservation, int quantity) {
    TestPlatform.Reply quote = contoso.calculateRefund(customerId, reservation, quantity);
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = contoso.returnWith(customerId, reservation, quantity, quote.json().getString("sessionId"));
    assertEquals(200, done.status(), done::toString);
    return Shop.amount(done.json(), "billingRefundAmount");
  }

  /** Exchanges {@code quantity} of a reservation for one of {@code item} through the API; answers the exchange. */
  private static JsonObject exchange(String customerId, String subscriptionId, JsonObject reservation, int quantity, String item) {
    String body = new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", reservation.getString("id")).put("quantity", quantity)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("quantity", 1).put("termDuration", "P1Y")
            .put("provisioningContext", new JsonObject().put("subscriptionId", subscriptionId).put("scope", "Shared"))))
        .encode();
    TestPlatform.Reply quote = platform.post("/v1/customers/" + customerId + "/calculateExchange", contoso.token, body);
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = platform.post("/v1/customers/" + customerId + "/exchange", contoso.token,
        new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode());
    assertEquals(200, done.status(), done::toString);
    return done.json();
  }

  /**
   * Three instances bought, one refunded: the order history reads "Partly returned" and "(2 in force)", no longer
   * "completed"; then the other two exchanged for a D4s_v5: the old reservation reads Exchanged, names the new order and
   * links the new reservation, which reads Active; the order's detail lists the refund with its amount and the exchange
   * with what replaced it.
   */
  @Test
  void anOrderShowsItsLaterRefundAndExchangeAndTheReservationWhatReplacedIt() {
    String[] c = contoso.newCustomer("changes-order-" + System.nanoTime() + ".example", "US");
    JsonObject bought = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "shared");
    String orderId = bought.getString("orderId");
    platform.moveClockBy(Duration.ofDays(3));
    BigDecimal refunded = refund(c[0], bought, 1);

    signIn("Contoso Cloud Services", "AdminAgent");
    go("#/customers/" + c[0] + "/orders");
    seeIn(".order-state", "Partly returned (2 of 3 in force)");
    see("3 × ");
    see("(2 in force)");
    assertTrue(!find(".order-state").getText().toLowerCase().contains("completed"), find(".order-state").getText());
    shot("changes-01-order-history");

    JsonObject exchanged = exchange(c[0], c[1], bought, 2, contoso.item("Standard_D4s_v5", "eastus", "P1Y"));
    String newOrderNumber = exchanged.getJsonObject("order").getString("alternateId");
    go(page(c[0], bought));
    seeIn("#reservation-title", "Exchanged");
    assertTrue(!find("#reservation-title").getText().contains("Succeeded"), find("#reservation-title").getText());
    seeIn("#reservation-later", "Refunded 1 instance: " + usd(refunded) + " credited");
    seeIn("#reservation-later", "Exchanged 2 instances");
    seeIn("#reservation-later .replacement-order", "order " + newOrderNumber);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reservation-later .new-reservations a")));
    shot("changes-02-exchanged-reservation");
    atPhoneWidth("exchanged-reservation");
    click("#reservation-later .new-reservations a");
    seeIn("#reservation-title", "Standard_D4s_v5");
    seeIn("#reservation-title", "Active");
    assertTrue(browser.findElements(By.id("reservation-later")).isEmpty(), "the new reservation has nothing given back");

    go("#/customers/" + c[0] + "/orders/" + orderId);
    seeIn("#order-state", "Exchanged");
    WebElement later = find(".order-line .later-changes");
    assertEquals(2, later.findElements(By.tagName("li")).size(), later.getText());
    seeIn(".later-changes li[data-change=return]", "Refunded 1 instance: " + usd(refunded) + " credited");
    seeIn(".later-changes li[data-change=exchange]", "Exchanged 2 instances");
    seeIn(".later-changes li[data-change=exchange] .replacement-order", "order " + newOrderNumber);
    seeIn(".order-line", "Quantity now");
    shot("changes-03-order-detail");
    atPhoneWidth("order-detail");
    click(".later-changes .replacement-order");
    seeIn("main h1", "Order " + newOrderNumber);
    seeIn("#order-state", "Completed");
  }

  /** The revisions the API answers carry the refund's amount and what an exchange bought, which the pages above read. */
  @Test
  void revisionsOfARefundAndAnExchangeCarryTheAmountAndTheReplacement() {
    String[] c = contoso.newCustomer("changes-revisions-" + System.nanoTime() + ".example", "US");
    JsonObject bought = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    BigDecimal refunded = refund(c[0], bought, 1);
    JsonObject exchanged = exchange(c[0], c[1], bought, 1, contoso.item("Standard_D4s_v5", "eastus", "P1Y"));
    List<JsonObject> revisions = platform.get(Shop.path(c[0], bought) + "/revisions", contoso.token).items();
    JsonObject ret = revisions.stream().filter(r -> "return".equals(r.getString("change"))).findFirst().orElseThrow();
    assertEquals(0, refunded.compareTo(new BigDecimal(ret.getJsonObject("after").getValue("refundAmount").toString())), ret.encode());
    assertEquals("USD", ret.getJsonObject("after").getString("currencyCode"));
    JsonObject ex = revisions.stream().filter(r -> "exchange".equals(r.getString("change"))).findFirst().orElseThrow();
    JsonObject replacedBy = ex.getJsonObject("after").getJsonObject("replacedBy");
    assertEquals(exchanged.getJsonObject("order").getString("id"), replacedBy.getString("orderId"), ex.encode());
    assertEquals(0, Shop.amount(exchanged, "refundsTotal").compareTo(new BigDecimal(ex.getJsonObject("after").getValue("credit").toString())));
    List<JsonObject> news = platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items().stream()
        .filter(r -> replacedBy.getJsonArray("reservationIds").contains(r.getString("id"))).toList();
    assertEquals(1, news.size());
    assertEquals("Standard_D4s_v5", news.get(0).getString("skuName"));
  }

  /**
   * Two reservations named "Standard_D4s_v5 eastus", bought a week apart for one and three years: the list shows their
   * terms and purchase days, each page's title its quantity, term and purchase day, and an active one reads Active.
   */
  @Test
  void twoReservationsOfOneSizeAreToldApartAndReadActive() {
    String[] c = contoso.newCustomer("changes-twins-" + System.nanoTime() + ".example", "US");
    JsonObject first = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    platform.moveClockBy(Duration.ofDays(7));
    JsonObject second = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "eastus", "P3Y"), 2, "P3Y", "shared");
    signIn("Contoso Cloud Services", "AdminAgent");
    go("#/customers/" + c[0] + "/reservations");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".reservation-link"), 2));
    String list = find("#main table").getText();
    assertTrue(list.contains("1 year") && list.contains("3 years"), list);
    assertTrue(list.contains("Purchased"), list);
    assertTrue(list.contains("Active") && !list.contains("Succeeded"), list);
    shot("changes-04-two-reservations");
    atPhoneWidth("reservations");
    go(page(c[0], first));
    seeIn("#reservation-title", "1 × Standard_D4s_v5 eastus · 1 year · bought ");
    seeIn("#reservation-title", "Active");
    String firstTitle = find("#reservation-title").getText();
    go(page(c[0], second));
    seeIn("#reservation-title", "2 × Standard_D4s_v5 eastus · 3 years · bought ");
    String secondTitle = find("#reservation-title").getText();
    assertTrue(!firstTitle.equals(secondTitle) && !secondTitle.contains("Succeeded"), firstTitle + " / " + secondTitle);
    atPhoneWidth("reservation");
  }

  /** Adding a customer shows it in the list at once, empties the form for the next one and keeps saying it was added. */
  @Test
  void anAddedCustomerIsListedAndTheFormIsEmptied() throws InterruptedException {
    signIn("Contoso Cloud Services", "AdminAgent");
    see("Customers");
    String domain = "changes-" + System.nanoTime() + ".example";
    type("input[name=domain]", domain);
    type("input[name=companyName]", "Changes Cycles");
    click("#add-customer");
    see("Customer added: Changes Cycles");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-customer-name='Changes Cycles']")));
    assertEquals("", find("input[name=domain]").getAttribute("value"));
    assertEquals("", find("input[name=companyName]").getAttribute("value"));
    Thread.sleep(1500);
    see("Customer added: Changes Cycles");
    assertEquals(1, browser.findElements(By.cssSelector("li[data-customer-name='Changes Cycles']")).size());
    shot("changes-05-customer-added");
    atPhoneWidth("customers");
  }

  /** A subscription with a long name: its picker on the buy page no longer makes a phone's page wider than the screen. */
  @Test
  void theSubscriptionPickerFitsAPhone() {
    String[] c = contoso.newCustomer("changes-phone-" + System.nanoTime() + ".example", "US");
    TestPlatform.Reply renamed = platform.patch("/v1/customers/" + c[0] + "/subscriptions/" + c[1], contoso.token,
        "{\"friendlyName\":\"Contoso Retail Production West Europe Analytics Workloads 2026\"}");
    assertEquals(200, renamed.status(), renamed::toString);
    signIn("Contoso Cloud Services", "AdminAgent");
    go("#/customers/" + c[0] + "/buy");
    find("#subscription");
    atPhoneWidth("buy");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "single");
    go("#/customers/" + c[0] + "/orders");
    find(".order-state");
    atPhoneWidth("orders");
  }

  /**
   * The recommendations page shows the benefit comparison as the API answers it: each option with its total and saving,
   * the cheapest marked, over the same hours as the recommendations (a week of one steady D2s_v5 in East US).
   */
  @Test
  void theRecommendationsShowTheBenefitComparison() {
    String[] c = contoso.newCustomer("changes-compare-" + System.nanoTime() + ".example", "US");
    Instant to = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray usage = new JsonArray();
    for (Instant hour = to.minus(Duration.ofDays(7)); hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
      usage.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1").put("armSkuName", "Standard_D2s_v5")
          .put("armRegionName", "eastus").put("quantity", 1));
    }
    assertEquals(200, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", usage).encode()).status());
    JsonObject expected = platform.get("/v1/customers/" + c[0] + "/benefitComparison?lookBackPeriod=Last30Days&term=P1Y", contoso.token).json();
    JsonArray options = expected.getJsonArray("options");
    assertTrue(options.size() >= 1, expected::encode);
    signIn("Contoso Cloud Services", "AdminAgent");
    go("#/customers/" + c[0] + "/recommendations");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#benefit-comparison table tbody tr")));
    WebElement table = find("#benefit-comparison table");
    assertEquals(options.size(), table.findElements(By.cssSelector("tbody tr")).size(), table.getText());
    for (int i = 0; i < options.size(); i++) {
      JsonObject o = options.getJsonObject(i);
      assertTrue(table.getText().contains(usd(new BigDecimal(o.getValue("totalCost").toString()))), o.encode() + " in " + table.getText());
    }
    if (expected.getString("bestOption") != null) {
      assertTrue(table.getText().contains("cheapest"), table.getText());
    }
    assertTrue(find("#benefit-comparison").getText().contains(usd(new BigDecimal(expected.getValue("costWithoutBenefit").toString()))));
    shot("changes-06-benefit-comparison");
    atPhoneWidth("recommendations");
  }
}
