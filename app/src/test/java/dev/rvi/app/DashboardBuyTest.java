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
import org.openqa.selenium.Keys;
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
 * Spending money in the dashboard, in headless Chromium against the real platform (issues #27 and #28): every page that
 * buys, refunds, exchanges, trades in or approves shows the amounts first and acts only after a confirmation that says
 * what is charged to whom; cancelling it spends nothing, which each test checks through the API. A savings plan's page
 * fills in the commitment the customer's usage recommends, with its saving. Each page is also looked at 390 px wide,
 * where nothing may scroll sideways. Screenshots under target/screenshots (buy-*).
 */
class DashboardBuyTest {
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

  private static void go(String hash) {
    browser.get(platform.baseUrl + "/" + hash);
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

  private static void searchCatalog(String size, String region) {
    type("#filter-armSkuName", size);
    new Select(find("#filter-armRegionName")).selectByValue(region);
    click("#search");
    find("button[data-sku='" + size + "'][data-region='" + region + "']");
  }

  /** The confirmation dialog, open, with its words. */
  private static String confirmation() {
    return find("#confirm-dialog").getText();
  }

  private static void dialogClosed() {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
  }

  /** The page as it is now, at phone width: nothing wider than the screen (no sideways scroll); a screenshot of it. */
  private static void atPhoneWidth(String name) {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      wait.until(d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 400);
      Object wide = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertTrue(((Number) wide).intValue() <= 0, name + " scrolls sideways at 390 px by " + wide + " px");
      shot(name + "-390");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  private static String usd(BigDecimal amount) {
    return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  private static BigDecimal unitPrice(String size, String region) {
    return new BigDecimal(platform.get("/v1/reservedInstances?country=US&armSkuName=" + size + "&armRegionName=" + region + "&term=P1Y",
        contoso.token).items().get(0).getValue("unitPrice").toString());
  }

  private static List<JsonObject> orders(String customerId) {
    return platform.get("/v1/customers/" + customerId + "/orders", contoso.token).items();
  }

  /**
   * Review shows each line's total and the cart's (one line upfront, one monthly with its payments); Buy creates the cart
   * and asks first, naming the customer, the amounts and the fee of a cancellation; no order exists while it asks, nor
   * after Cancel or Escape; only the accepted confirmation buys, for the total it showed. Remove stays inside the table.
   */
  @Test
  void buyingReservationsShowsTheTotalsAndAsksBeforeSpending() {
    String domain = "browser-review-" + System.nanoTime() + ".example";
    String[] c = contoso.newCustomer(domain, "US");
    BigDecimal small = unitPrice("Standard_D2s_v5", "eastus");
    BigDecimal large = unitPrice("Standard_D4s_v5", "westeurope");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    go("#/customers/" + c[0] + "/buy");
    searchCatalog("Standard_D2s_v5", "eastus");
    see("%");
    assertTrue(find("#results tbody tr").getText().matches("(?s).*\\$[\\d,]+\\.\\d\\d \\(\\d+\\.\\d %\\).*"),
        "a saving in money and percent: " + find("#results tbody tr").getText());
    shot("buy-01-catalog");
    atPhoneWidth("buy-01-catalog");
    WebElement quantity = find("button[data-sku='Standard_D2s_v5'][data-region='eastus']").findElement(By.xpath("preceding-sibling::input"));
    quantity.clear();
    quantity.sendKeys("2");
    click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    searchCatalog("Standard_D4s_v5", "westeurope");
    click("button[data-sku='Standard_D4s_v5'][data-region='westeurope']");
    see("Cart: 2 lines");
    click("#review");

    BigDecimal first = small.multiply(BigDecimal.valueOf(2));
    assertEquals(usd(first) + " upfront", find("#line-total-0").getText());
    assertEquals(usd(first.add(large)), find("#cart-total-amount").getText());
    new Select(find("#billing-1")).selectByValue("Monthly");
    BigDecimal monthly = large.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("line-total-1"), "12 monthly payments of " + usd(monthly)));
    assertEquals(usd(first.add(monthly)), find("#cart-now").getText(), "charged at purchase: the upfront line and the first month");
    assertEquals(usd(first.add(large)), find("#cart-total-amount").getText(), "monthly costs nothing more");
    Object cut = browser.executeScript("return [...document.querySelectorAll('button.remove')].filter(b => { const wrap = b.closest('.table-wrap');"
        + " return b.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 0.5 || wrap.scrollWidth > wrap.clientWidth; }).length");
    assertEquals(0L, ((Number) cut).longValue(), "Remove is not cut off at the table's edge");
    shot("buy-02-review");
    atPhoneWidth("buy-02-review");

    click("#buy");
    String asked = confirmation();
    assertTrue(asked.contains("Buy for " + domain) && asked.contains(usd(first.add(large))) && asked.contains(usd(first.add(monthly)))
        && asked.contains("early termination fee") && asked.contains("12 monthly payments"), asked);
    shot("buy-03-confirm");
    atPhoneWidth("buy-03-confirm");
    assertEquals(List.of(), orders(c[0]), "nothing is bought while the confirmation asks");
    click("#confirm-cancel");
    dialogClosed();
    find("#not-bought");
    assertEquals(List.of(), orders(c[0]), "cancelled: nothing bought");
    click("#buy");
    confirmation();
    find("#confirm-cancel").sendKeys(Keys.ESCAPE);
    dialogClosed();
    find("#not-bought");
    assertEquals(List.of(), orders(c[0]), "Escape: nothing bought");

    click("#buy");
    confirmation();
    click("#confirm-accept");
    String number = find(".order-number").getText();
    assertTrue(number.length() >= 4, number);
    shot("buy-04-order-placed");
    List<JsonObject> bought = orders(c[0]);
    BigDecimal total = bought.stream().map(o -> new BigDecimal(o.getValue("totalPrice").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, first.add(large).compareTo(total), "the order costs what the confirmation said: " + total);
    List<JsonObject> reservations = platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items();
    assertEquals(2, reservations.size());
    assertEquals(List.of("Monthly", "Upfront"), reservations.stream().map(r -> r.getString("billingPlan")).sorted().toList());
    click("#order-history");
    see(number);
  }

  /** An indirect provider names the reseller before the confirmation, which names it too; the reseller sees the order. */
  @Test
  void anIndirectProviderPicksTheResellerAndConfirms() {
    String datum = DemoCustomers.DATUM.id();
    signIn("Fabrikam Distribution", "AdminAgent", null);
    go("#/customers/" + datum + "/buy");
    searchCatalog("Standard_D2s_v5", "eastus");
    click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    click("#review");
    click("#buy");
    see("Choose the reseller");
    assertTrue(browser.findElements(By.id("confirm-dialog")).isEmpty(), "no confirmation without a reseller");
    new Select(find("#reseller")).selectByValue(DemoData.NORTHWIND.mpnId());
    click("#buy");
    String asked = confirmation();
    assertTrue(asked.contains("Datum Logistics") && asked.contains("MPN " + DemoData.NORTHWIND.mpnId()), asked);
    click("#confirm-accept");
    String number = find(".order-number").getText();

    signIn("Northwind Traders IT", "AdminAgent", null);
    go("#/customers/" + datum + "/orders");
    see(number);
  }

  /**
   * With a month of one D2s_v5 in East US posted, the savings plan's page asks the recommendation (Last30Days, the term,
   * Shared or Single) and fills in its hourly commitment with the saving in money and percent, as the API answers them;
   * the confirmation says what is charged and that the plan is final; cancelling buys nothing; accepting buys that amount.
   */
  @Test
  void aSavingsPlanIsBoughtWithTheRecommendedCommitment() {
    String[] c = contoso.newCustomer("browser-plan-advice-" + System.nanoTime() + ".example", "US");
    Instant now = platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 700; h > 0; h--) {
      items.add(new JsonObject().put("usageStartTime", now.minus(Duration.ofHours(h)).toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    TestPlatform.Reply ingested = platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);
    String advice = "/v1/customers/" + c[0] + "/savingsPlanRecommendations?lookBackPeriod=Last30Days&term=P1Y&scope=";
    JsonObject shared = platform.get(advice + "Shared", contoso.token).items().get(0).getJsonObject("properties").getJsonObject("recommendationDetails");
    BigDecimal recommended = new BigDecimal(shared.getValue("commitmentAmount").toString());
    assertTrue(recommended.compareTo(new BigDecimal("0.01")) > 0, "a month of a VM is worth more than the smallest commitment: " + recommended);

    signIn("Contoso Cloud Services", "AdminAgent", null);
    go("#/customers/" + c[0] + "/buySavingsPlan");
    find("#plan-recommended");
    assertEquals(0, recommended.compareTo(new BigDecimal(find("#plan-commitment").getDomProperty("value"))), "the recommended commitment is filled in");
    BigDecimal savedPct = new BigDecimal(shared.getValue("savingsPercentage").toString()).setScale(1, RoundingMode.HALF_UP);
    assertEquals(savedPct.toPlainString() + " %", find("#plan-saving-percent").getText());
    assertEquals(usd(new BigDecimal(shared.getValue("savingsAmount").toString())), find("#plan-saving-amount").getText());
    shot("buy-05-savings-plan-recommended");
    atPhoneWidth("buy-05-savings-plan-recommended");

    new Select(find("#plan-scope")).selectByValue("Single");
    new Select(find("#plan-subscription")).selectByValue(c[1]);
    JsonObject single = platform.get(advice + "Single", contoso.token).items().stream()
        .filter(r -> c[1].equals(r.getJsonObject("properties").getString("subscriptionId"))).findFirst().orElseThrow()
        .getJsonObject("properties").getJsonObject("recommendationDetails");
    wait.until(d -> new BigDecimal(single.getValue("commitmentAmount").toString())
        .compareTo(new BigDecimal(find("#plan-commitment").getDomProperty("value"))) == 0);
    find("#plan-recommended");

    click("#buy-plan");
    String asked = confirmation();
    BigDecimal total = new BigDecimal(single.getValue("commitmentAmount").toString()).multiply(BigDecimal.valueOf(8760));
    assertTrue(asked.contains(usd(total)) && asked.contains("cannot be cancelled, refunded or exchanged"), asked);
    shot("buy-06-savings-plan-confirm");
    assertEquals(List.of(), platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items(), "nothing bought while it asks");
    click("#confirm-cancel");
    find("#not-bought");
    assertEquals(List.of(), platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items(), "cancelled: nothing bought");
    click("#buy-plan");
    confirmation();
    click("#confirm-accept");
    find(".order-number");
    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items();
    assertEquals(1, plans.size());
    assertEquals(0, new BigDecimal(single.getValue("commitmentAmount").toString())
        .compareTo(new BigDecimal(plans.get(0).getJsonObject("commitment").getValue("amount").toString())));
  }

  /**
   * Without usage there is no recommendation and the smallest commitment is filled in; the total over the term follows
   * the amount, the term and the billing plan (0.05 an hour x 8,760 = 438.00 a year, 1,314.00 over three, 36.50 a month);
   * after the confirmation, the list, the overview (no usage yet, purchases final, nothing to cancel) and a rename.
   */
  @Test
  void withoutUsageTheSmallestCommitmentIsSuggestedAndThePlanIsBoughtShownAndRenamed() {
    String[] c = contoso.newCustomer("browser-plan-" + System.nanoTime() + ".example", "US");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    go("#/customers/" + c[0] + "/savingsPlans");
    see("No savings plans yet");
    click("#buy-savings-plan");
    find("#plan-no-recommendation");
    assertEquals("0.001", find("#plan-commitment").getDomProperty("value"), "the smallest commitment is suggested");
    assertEquals("USD", find("#plan-currency").getText());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "8.76"));
    type("#plan-commitment", "0.05");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "438.00"));
    new Select(find("#plan-term")).selectByValue("P3Y");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "1,314.00"));
    assertEquals("0.05", find("#plan-commitment").getDomProperty("value"), "an amount typed stays when the term changes");
    new Select(find("#plan-term")).selectByValue("P1Y");
    new Select(find("#plan-billing")).selectByValue("Monthly");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total"), "36.50 a month for 12 months"));
    new Select(find("#plan-billing")).selectByValue("Upfront");
    new Select(find("#plan-subscription")).selectByValue(c[1]);
    see("purchases are final");
    shot("buy-07-savings-plan");
    click("#buy-plan");
    assertTrue(confirmation().contains("$438.00"), confirmation());
    click("#confirm-accept");
    String number = find(".order-number").getText();
    assertTrue(number.length() >= 4, number);
    click("#new-plan");
    find("#plan-no-usage");
    assertTrue(find("#plan-commitment").getText().contains("0.05"), find("#plan-commitment").getText());
    see("purchases are final");
    assertEquals(List.of("Overview", "Configure"), browser.findElements(By.cssSelector(".tabs a")).stream().map(WebElement::getText).toList());
    assertTrue(browser.findElements(By.cssSelector("main button")).stream().map(WebElement::getText)
        .noneMatch(t -> t.contains("Cancel") || t.contains("Refund") || t.contains("Exchange")), "nothing to cancel, refund or exchange");

    click("#tablink-configure");
    type("#plan-name", "compute-base");
    new Select(find("#plan-scope")).selectByValue("Single");
    new Select(find("#plan-subscription")).selectByValue(c[1]);
    click("#plan-renew");
    click("#save-plan");
    see("Saved: “compute-base”");
    assertEquals("compute-base", find("#plan-title").getText());
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items().get(0);
    assertEquals("compute-base", plan.getString("displayName"));
    assertEquals("Single", plan.getString("appliedScopeType"));
    assertEquals("/subscriptions/" + c[1], plan.getJsonObject("appliedScopeProperties").getString("subscriptionId"));
    assertTrue(plan.getBoolean("renew"));
    go("#/customers/" + c[0] + "/savingsPlans");
    assertEquals("compute-base", find("a.plan-link").getText());
  }

  /** A refund shows the amount, the fee and the limit it counts against; the confirmation names the amount; Cancel keeps all. */
  @Test
  void aRefundShowsItsAmountAndAsksFirst() {
    String[] c = contoso.newCustomer("browser-refund-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    String page = "#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
    JsonObject quote = contoso.calculateRefund(c[0], reservation, 1).json();
    String refund = usd(new BigDecimal(quote.getJsonObject("billingRefundAmount").getValue("amount").toString()));
    signIn("Contoso Cloud Services", "AdminAgent", null);
    go(page + "/refund");
    type("#refund-quantity", "1");
    click("#quote-refund");
    assertEquals(refund, find("#refund-amount").getText());
    find("#refund-fee");
    shot("buy-08-refund-quote");
    atPhoneWidth("buy-08-refund-quote");
    click("#confirm-refund");
    String asked = confirmation();
    assertTrue(asked.contains(refund) && asked.contains("Customer") && asked.contains("Early termination fee"), asked);
    shot("buy-09-refund-confirm");
    click("#confirm-cancel");
    find("#not-refunded");
    assertEquals(2, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing refunded");
    click("#confirm-refund");
    confirmation();
    click("#confirm-accept");
    see("Refunded " + refund);
    assertTrue(browser.findElements(By.id("confirm-refund")).isEmpty() && !find("#refund-quote").getText().contains("Nothing has happened yet"),
        "the quote no longer says nothing happened");
    assertEquals(1, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of two refunded");
  }

  /** An exchange picks region and size from what the catalog sells (no free text), shows the quote and asks first. */
  @Test
  void anExchangePicksFromTheCatalogShowsTheQuoteAndAsksFirst() {
    String[] c = contoso.newCustomer("browser-exchange-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    go("#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id") + "/exchange");
    assertEquals("eastus", new Select(find("#exchange-region")).getFirstSelectedOption().getDomProperty("value"), "the reservation's region first");
    assertTrue(new Select(find("#exchange-region")).getOptions().size() > 1, "the regions the catalog sells");
    new Select(find("#exchange-size")).selectByValue("Standard_D4s_v5");
    see("each for the term");
    click("#quote-exchange");
    String net = find("#exchange-net").getText();
    assertTrue(net.matches("\\$[\\d,]+\\.\\d\\d"), net);
    shot("buy-10-exchange-quote");
    atPhoneWidth("buy-10-exchange-quote");
    click("#confirm-exchange");
    String asked = confirmation();
    assertTrue(asked.contains(net) && asked.contains("Standard_D4s_v5 in eastus"), asked);
    click("#confirm-cancel");
    find("#not-exchanged");
    assertEquals(1, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing exchanged");
    click("#confirm-exchange");
    confirmation();
    click("#confirm-accept");
    see("Exchanged. New order number");
    assertTrue(!find("#exchange-quote").getText().contains("Nothing has happened yet"), "the quote no longer says nothing happened");
    shot("buy-11-exchanged");
    assertEquals(0, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "returned");
    assertTrue(platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items().stream()
        .anyMatch(r -> r.getString("skuName").equals("Standard_D4s_v5") && r.getInteger("quantity") == 1), "the new reservation");
  }

  /**
   * A trade-in: a commitment below what the credit allows is refused with the API's reason, the quote shows credit, new
   * plan and what to pay and changes nothing, the confirmation repeats them; then both instances are traded in.
   */
  @Test
  void aTradeInShowsCreditAndPlanAndAsksFirst() {
    String[] c = contoso.newCustomer("browser-trade-in-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    String page = "#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
    signIn("Contoso Cloud Services", "AdminAgent", null);
    go(page + "/tradein");
    type("#trade-in-commitment", "0.001");
    click("#quote-trade-in");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trade-in-quote"), "commit at least"));
    find("#trade-in-commitment").clear();
    type("#trade-in-name", "traded-compute");
    click("#quote-trade-in");
    assertTrue(find("#trade-in-minimum").getText().contains("an hour"), find("#trade-in-minimum").getText());
    for (String shown : List.of("#trade-in-credit", "#trade-in-total", "#trade-in-net")) {
      assertTrue(find(shown).getText().matches(".*\\d+\\.\\d\\d.*"), shown + ": " + find(shown).getText());
    }
    String credit = find("#trade-in-credit").getText();
    String net = find("#trade-in-net").getText();
    shot("buy-12-trade-in-quote");
    atPhoneWidth("buy-12-trade-in-quote");
    click("#confirm-trade-in");
    String asked = confirmation();
    assertTrue(asked.contains(credit) && asked.contains(net) && asked.contains("2 × Standard_D2s_v5"), asked);
    shot("buy-13-trade-in-confirm");
    click("#confirm-cancel");
    find("#not-traded");
    assertEquals(2, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing traded in");
    click("#confirm-trade-in");
    confirmation();
    click("#confirm-accept");
    see("Traded in.");
    assertEquals(0, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "returned");
    click("#traded-plan");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-title"), "traded-compute"));
    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items();
    assertEquals(1, plans.size());
    assertEquals(new JsonArray().add(reservation.getString("id")), plans.get(0).getJsonArray("tradedInReservations"));
  }

  /** The support agent's Approve says what it carries out and asks first; Cancel leaves the request as it was. */
  @Test
  void approvingARefundRequestInTheConsoleAsksFirst() {
    String[] c = contoso.newCustomer("browser-approve-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    TestPlatform.Reply filed = platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token,
        new JsonObject(SupportFlowTest.filing(reservation, "refund", 1)).encode());
    assertEquals(201, filed.status(), filed::toString);
    String request = filed.json().getString("id");
    String agent = platform.token("operator", "SupportAgent");
    signIn("The operator (support agents, operations)", "SupportAgent", "agent@operator.example");
    go("#/console/" + request);
    click("#do-assign");
    click("#do-approve");
    String asked = confirmation();
    assertTrue(asked.contains("Cancel and refund: 1 of reservation " + reservation.getString("id")) && asked.contains("early termination fee"), asked);
    shot("buy-14-approve-confirm");
    click("#confirm-cancel");
    find("#not-done");
    assertEquals("inProgress", platform.get("/v1/supportRequests/" + request, agent).json().getString("status"), "cancelled: not approved");
    assertEquals(2, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"));
    click("#do-approve");
    confirmation();
    click("#confirm-accept");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "completed"));
    atPhoneWidth("buy-15-approved");
    assertEquals(1, platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of two refunded");
  }
}
