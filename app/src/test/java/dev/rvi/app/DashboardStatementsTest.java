package dev.rvi.app;

import static dev.rvi.app.DashboardBrowser.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Statements and Margins pages (issue #29) in headless Chromium: a provider's billing admin reads the month's statement
 * to its reseller, its lines and its margin with a bar a month, as the API answers them; the reseller reads the same
 * statement as received. Nothing scrolls sideways at 390 px. Screenshots under target/screenshots (statements-*).
 */
class DashboardStatementsTest {
  private static DashboardBrowser ui;
  private static String month;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
    TestPlatform platform = ui.platform;
    platform.loadPrice("Standard_D4s_v5", "westus3", "Reservation", "3 Years", "2345.67", platform.clock.instant().minus(Duration.ofDays(1)));
    PriceListsInForce.markup(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "Resellers +8", "8");
    PriceListsInForce.markup(platform, platform.token(DemoData.NORTHWIND.id(), "AdminAgent"), "Customers +15", "15");
    Shop shop = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    shop.reservation(DemoCustomers.DATUM.id(), DemoCustomers.DATUM.subscriptions().get(0).id(), shop.item("Standard_D4s_v5", "westus3", "P3Y"),
        2, "P3Y", "Shared");
    month = YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC)).toString();
  }

  @AfterAll
  static void stop() {
    if (ui != null) {
      ui.close();
    }
  }

  @AfterEach
  void noScriptErrors() {
    if (ui != null) {
      ui.noScriptErrors();
    }
  }

  @Test
  void aProviderReadsItsStatementAndItsMarginsAndTheResellerTheSameStatement() {
    String billing = ui.platform.token(DemoData.FABRIKAM.id(), "BillingAdmin");
    JsonObject statement = ui.platform.get("/v1/statements?month=" + month + "&side=issued", billing).items().stream()
        .filter(s -> s.getJsonObject("buyer").getString("id").equals(DemoData.NORTHWIND.id())).findFirst().orElseThrow();
    ui.signIn("Fabrikam Distribution", "BillingAdmin");
    ui.click("#nav a[href='#/statements']");
    ui.type("#statement-month", month);
    ui.click("#show-statements");
    String total = ".statement-total[data-id='" + statement.getString("id") + "']";
    ui.seeIn(total, usd(new BigDecimal(statement.getValue("total").toString())));
    ui.seeIn("#statements", "MPN " + DemoData.NORTHWIND.mpnId());
    ui.atPhoneWidth("statements-01-list");
    ui.click("#statements tr:has(" + total + ") button");
    ui.seeIn("#statement-lines", "One-time");
    ui.shot("statements-02-lines");

    JsonObject margins = ui.platform.get("/v1/margins?from=" + YearMonth.parse(month).minusMonths(2) + "&to=" + month, billing).json()
        .getJsonArray("currencies").getJsonObject(0).getJsonObject("total");
    ui.click("#nav a[href='#/margins']");
    ui.type("#margin-from", YearMonth.parse(month).minusMonths(2).toString());
    ui.type("#margin-to", month);
    ui.click("#show-margins");
    ui.seeIn("#margin-total-USD", usd(new BigDecimal(margins.getValue("margin").toString())));
    assertEquals(3, ui.browser.findElements(By.cssSelector("#margin-chart .margin-bar")).size(), "a bar a month, those without sales too");
    ui.atPhoneWidth("statements-03-margins");

    ui.signIn("Northwind Traders IT", "BillingAdmin");
    ui.go("#/statements");
    ui.type("#statement-month", month);
    ui.click("#show-statements");
    ui.seeIn(total, usd(new BigDecimal(statement.getValue("total").toString())));
    ui.seeIn("#statements", "Received");
  }
}
