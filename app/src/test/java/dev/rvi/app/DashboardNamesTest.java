package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Names where people expect them, and times in the viewer's zone (issue #28), in headless Chromium against the real
 * platform: the header names the partner, the support console names partners and customers and picks a partner by
 * name, a reservation's properties name its partner of record beside the MPN id, its scope names the subscription, a
 * customer sold through a reseller names the reseller, and instants show local date and time with UTC on hover.
 * Without Chromium these tests say so and are skipped.
 */
class DashboardNamesTest {
  private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static DashboardBrowser ui;
  private static JsonObject reservation;
  private static String request;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
    reservation = PartnerNamesTest.resellerReservation(ui.platform);
    request = PartnerNamesTest.fileRequest(ui.platform, reservation);
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
    ui.signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    ui.seeIn(".who-user", "Fabrikam Distribution");
    String header = ui.find(".who-user").getText();
    assertEquals("Fabrikam Distribution · pat@fabrikam.example · AdminAgent", header);
    noGuid("the header", header);
    ui.shot("n01-header-names-the-partner");

    // The operator's staff belong to no partner: user and role, and nothing asked that fails.
    ui.signIn("The operator (support agents, operations)", "SupportAgent", "sam@operator.example");
    ui.find("#queue");
    assertEquals("sam@operator.example · SupportAgent", ui.find(".who-user").getText());
  }

  @Test
  void theConsoleNamesPartnersAndCustomersAndPicksAPartnerByName() {
    ui.signIn("The operator (support agents, operations)", "SupportAgent", "sam@operator.example");
    ui.find("#queue");
    Select partner = new Select(ui.find("#queue-partner"));
    List<String> choices = partner.getOptions().stream().map(WebElement::getText).toList();
    assertTrue(choices.contains("Fabrikam Distribution (MPN 4711002)"), choices::toString);
    choices.forEach(choice -> noGuid("the partner picker", choice));
    partner.selectByVisibleText("Fabrikam Distribution (MPN 4711002)");
    new Select(ui.find("#queue-status")).selectByValue("new");
    ui.click("#queue-filter");
    ui.seeIn("#queue", "Datum Logistics");
    WebElement row = ui.find("a.request-link[href='#/console/" + request + "']").findElement(By.xpath("./ancestor::tr"));
    String partnerCell = row.findElement(By.cssSelector("td[data-label='Partner']")).getText();
    String customerCell = row.findElement(By.cssSelector("td[data-label='Customer']")).getText();
    assertEquals("Fabrikam Distribution", partnerCell);
    assertEquals("Datum Logistics", customerCell);
    assertEquals(DemoData.FABRIKAM.id(), row.findElement(By.cssSelector("td[data-label='Partner'] span")).getAttribute("title"));
    for (WebElement cell : ui.browser.findElements(By.cssSelector("#queue td[data-label='Partner'], #queue td[data-label='Customer']"))) {
      noGuid("the queue", cell.getText());
    }
    for (WebElement cell : ui.browser.findElements(By.cssSelector("#queue td[data-label='Partner']"))) {
      assertEquals("Fabrikam Distribution", cell.getText(), "the filter by name keeps only Fabrikam's requests");
    }
    localWithUtcTitle(row.findElement(By.cssSelector("td[data-label='Filed'] time")));
    ui.shots("n02-console-names");

    ui.click("a.request-link[href='#/console/" + request + "']");
    ui.seeIn("#request-partner", "Fabrikam Distribution");
    ui.seeIn("#request-customer", "Datum Logistics");
    // The ids stay beside the names, for copying.
    ui.seeIn("#request-partner", DemoData.FABRIKAM.id());
    localWithUtcTitle(ui.find("#history li time"));
    ui.shots("n03-console-request-names");
  }

  @Test
  void propertiesScopeAndTheResellerAreNamed() {
    ui.signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    String datum = DemoCustomers.DATUM.id();
    String base = "#/customers/" + datum + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");

    ui.go(base + "/overview");
    ui.seeIn("#scope", "Datum Fleet");
    String scope = ui.find("#scope").getText();
    assertTrue(scope.startsWith("Single (Datum Fleet"), scope);
    noGuid("the scope", scope);
    assertEquals("/subscriptions/" + DemoCustomers.DATUM.subscriptions().get(0).id(),
        ui.find("#scope .subscription-name").getAttribute("title"), "the subscription's id on hover");
    ui.shots("n04-scope-names-the-subscription");

    ui.go(base + "/properties");
    ui.seeIn("#partner-of-record", "Northwind Traders IT");
    String record = ui.find("#partner-of-record").getText();
    assertTrue(record.startsWith("Northwind Traders IT"), record);
    assertTrue(record.contains("4711003"), () -> "the MPN id is kept for copying: " + record);
    assertTrue(ui.find("#reservation-id").getText().equals(reservation.getString("id")), "ids are kept in properties");
    assertTrue(ui.find("#billing-subscription").getText().startsWith("Datum Fleet " + DemoCustomers.DATUM.subscriptions().get(0).id()),
        () -> ui.find("#billing-subscription").getText());
    ui.shots("n05-properties-names-the-partner-of-record");

    ui.go("#/customers");
    By badge = By.cssSelector("li[data-customer-name='Datum Logistics'] .badge.reseller");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(badge, "Northwind Traders IT"));
    assertEquals("via reseller Northwind Traders IT", ui.browser.findElement(badge).getText());
    assertEquals(DemoData.NORTHWIND.id(), ui.browser.findElement(badge).getAttribute("title"));
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-customer-name='Electro Parts Ltd'] .badge.reseller"),
        "Tailspin Cloud Reseller"));
    ui.shots("n06-via-reseller-named");
  }

  @Test
  void ordersAndAQuotesExpiryShowLocalTimesWithUtcOnHover() {
    ui.signIn("Fabrikam Distribution", "AdminAgent", "pat@fabrikam.example");
    String datum = DemoCustomers.DATUM.id();
    ui.go("#/customers/" + datum + "/orders");
    localWithUtcTitle(ui.find("td[data-label='Date'] time"));
    ui.shot("n07-order-date-and-time");

    ui.go("#/customers/" + datum + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id") + "/refund");
    ui.click("#quote-refund");
    WebElement expiry = ui.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//dt[normalize-space()='Quote valid until']/following-sibling::dd[1]/time")));
    localWithUtcTitle(expiry);
    ui.shot("n08-quote-expiry-local");
  }
}
