package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's lists sort and find through the API (issue #28), in headless Chromium against the real platform: on
 * the customers list (more than one page of them), a click on the Domain header shows the API's sort=domain page, a
 * second click its sort=-domain page, and the picker's Newest first its sort=-createdAt page; typing in Find asks the API
 * (q=) and finds a customer that sits on a later page, the count saying 1 of 1. Screenshots under target/screenshots
 * (sorting-*).
 */
class DashboardSortingTest {
  private static DashboardBrowser ui;
  private static Shop contoso;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
    ui.wait.ignoring(StaleElementReferenceException.class);
    contoso = new Shop(ui.platform, ui.platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
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
  void aHeaderClickSortsTheCustomersAsTheApiDoesAndFindLooksAtEveryPage() {
    TestPlatform platform = ui.platform;
    int total = platform.get("/v1/customers?size=1", contoso.token).json().getInteger("totalCount");
    for (int i = total; i <= 55; i++) {
      TestPlatform.Reply one = platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"sorting-" + i + "-" + System.nanoTime()
          + ".example\"},\"billingProfile\":{\"companyName\":\"Sorting " + i + "\",\"defaultAddress\":{\"country\":\"US\"}}}");
      assertEquals(201, one.status(), one::toString);
    }
    // The one to find: named to sort last, so by name it is on the second page.
    TestPlatform.Reply last = platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"zzz-findable.example\"},"
        + "\"billingProfile\":{\"companyName\":\"Zzz Findable Freight\",\"defaultAddress\":{\"country\":\"US\"}}}");
    assertEquals(201, last.status(), last::toString);
    String wanted = last.json().getString("id");
    JsonObject byName = platform.get("/v1/customers?size=50&sort=name", contoso.token).json();
    total = byName.getInteger("totalCount");
    assertTrue(total > 50, "two pages: " + total);
    assertFalse(ids(byName).contains(wanted), "the customer to find is not on the first page");

    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers");
    seeCount("1–50 of " + total);
    assertEquals(ids(byName), shown(), "by name, as the API's first page");

    ui.click("#customers-headers button[data-sort='domain']");
    ui.wait.until(d -> ui.find("#customers-headers [aria-sort='ascending']").getText().startsWith("Domain"));
    List<String> byDomain = ids(platform.get("/v1/customers?size=50&sort=domain", contoso.token).json());
    ui.wait.until(d -> shown().equals(byDomain));
    ui.shot("sorting-01-domain");
    ui.click("#customers-headers button[data-sort='domain']");
    ui.wait.until(d -> ui.find("#customers-headers [aria-sort='descending']").getText().startsWith("Domain"));
    List<String> byDomainDesc = ids(platform.get("/v1/customers?size=50&sort=-domain", contoso.token).json());
    ui.wait.until(d -> shown().equals(byDomainDesc));
    assertTrue(byDomainDesc.contains(wanted), "zzz- leads the descending domains");
    assertNotEquals(byDomain, byDomainDesc);

    new Select(ui.find("#customers-sort")).selectByValue("-createdAt");
    List<String> newest = ids(platform.get("/v1/customers?size=50&sort=-createdAt", contoso.token).json());
    ui.wait.until(d -> shown().equals(newest));
    assertEquals(wanted, newest.get(0), "the newest first");

    // Find asks the API: back by name, the customer is found although it is on no page shown.
    new Select(ui.find("#customers-sort")).selectByValue("name");
    ui.wait.until(d -> shown().equals(ids(byName)));
    ui.find("#customers-filter").sendKeys("findable");
    seeCount("1–1 of 1");
    assertEquals(List.of(wanted), shown());
    ui.shot("sorting-02-found");
    ui.atPhoneWidth("sorting-02-found");
    ui.find("#customers-filter").sendKeys("-nobody");
    seeCount("0 of 0");
    ui.seeIn("#customers-rows", "Nothing matches");
    ui.type("#customers-filter", " ");
    seeCount("1–50 of " + total);
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  private static List<String> shown() {
    return ui.browser.findElements(By.cssSelector("#customer-list button[data-customer]")).stream().map(b -> b.getAttribute("data-customer")).toList();
  }

  private static void seeCount(String text) {
    ui.seeIn("#customers-count", text);
  }
}
