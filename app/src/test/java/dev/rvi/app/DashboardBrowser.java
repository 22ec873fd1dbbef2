package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
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
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver) against a real platform started with
 * the demo data, for the Dashboard*Test classes: sign-in through the development page, waits, screenshots under
 * target/screenshots, the phone-width check (nothing scrolls sideways at 390 px) and the console check (nothing the
 * pages do breaks the Content-Security-Policy or throws). Without Chromium {@link #start()} skips the class's tests.
 *
 * <p>A test class starts one in {@code @BeforeAll}, calls {@link #noScriptErrors()} in {@code @AfterEach} and
 * {@link #close()} in {@code @AfterAll}.
 */
final class DashboardBrowser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the screenshots go (app/target/screenshots when Maven runs the tests); docs/screenshots holds the README's. */
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Dimension DESKTOP = new Dimension(1280, 1100);
  static final Dimension PHONE = new Dimension(390, 844);

  final TestPlatform platform;
  final ChromeDriver browser;
  final WebDriverWait wait;

  private DashboardBrowser(TestPlatform platform, ChromeDriver browser) {
    this.platform = platform;
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** The platform (with the demo data) and the browser; the calling class's tests are skipped without Chromium. */
  static DashboardBrowser start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver): the browser tests are skipped");
    try {
      Files.createDirectories(SHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestPlatform platform = TestPlatform.start(true);
    try {
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
          "--disable-dev-shm-usage", "--disable-gpu", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US");
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      return new DashboardBrowser(platform,
          new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options));
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      platform.close();
    }
  }

  /**
   * For {@code @AfterEach}: back to desktop width (a failed phone-width step may have left it narrow), and no error in the
   * browser's console since the last call (a failed resource load is the page's own business and answered by a test).
   */
  void noScriptErrors() {
    browser.manage().window().setSize(DESKTOP);
    List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource")).toList();
    assertEquals(List.of(), problems, "errors in the browser's console");
  }

  /** The development sign-in page: the partner by its name, a role, optionally a user (null: the default one). */
  void signIn(String tenantName, String role, String user) {
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

  void signIn(String tenantName, String role) {
    signIn(tenantName, role, null);
  }

  /** Opens a page of the dashboard by its hash route ({@code #/customers}). */
  void go(String hash) {
    browser.get(platform.baseUrl + "/" + hash);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Waits until the page's main element shows {@code text}. */
  void see(String text) {
    seeIn("main", text);
  }

  void seeIn(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Searches the buy page's catalog for one size in one region and waits for its Add button. */
  void searchCatalog(String size, String region) {
    type("#filter-armSkuName", size);
    new Select(find("#filter-armRegionName")).selectByValue(region);
    click("#search");
    find("button[data-sku='" + size + "'][data-region='" + region + "']");
  }

  /** A screenshot of the window as it is, as target/screenshots/{name}.png. */
  void shot(String name) {
    try {
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as it is now, at phone width: nothing wider than the screen (no sideways scroll); shot as {name}-390. */
  void atPhoneWidth(String name) {
    browser.manage().window().setSize(PHONE);
    try {
      wait.until(d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 400);
      Object wide = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertTrue(((Number) wide).intValue() <= 0, name + " scrolls sideways at 390 px by " + wide + " px");
      shot(name + "-390");
    } finally {
      browser.manage().window().setSize(DESKTOP);
    }
  }

  /**
   * A shot at 1280 px, then the page loaded again at 390 px (its heading shown, nothing still loading), where it must not
   * be wider than the screen, and a shot of that as {name}-390.
   */
  void shots(String name) {
    shot(name);
    browser.manage().window().setSize(PHONE);
    try {
      browser.navigate().refresh();
      find("main h1");
      wait.until(d -> browser.findElements(By.cssSelector("main .loading")).isEmpty());
      Object wide = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      assertTrue(((Number) wide).longValue() <= 0, () -> name + " scrolls sideways at 390 px by " + wide + " px");
      shot(name + "-390");
    } finally {
      browser.manage().window().setSize(DESKTOP);
    }
  }

  /** An amount in US dollars as the pages show it with --lang=en-US: $1,234.56. */
  static String usd(BigDecimal amount) {
    return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }
}
