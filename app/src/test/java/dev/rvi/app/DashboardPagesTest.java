package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's pages of issue #28 in headless Chromium against the real platform: agent access (granted and revoked
 * by an admin agent, explained to the others), the partner's support requests with a note, reservations and orders
 * across customers with filters, a count and CSV, a reservation's revisions, and the operator's home. Each page is
 * shot at 1280 and at 390 px, where it must not scroll sideways. Without Chromium these tests are skipped.
 */
class DashboardPagesTest {
  private static DashboardBrowser ui;
  private static Shop contoso;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
    contoso = new Shop(ui.platform, ui.platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
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

  private static List<String> navigation() {
    return ui.browser.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void anAdminAgentGrantsAndRevokesAccessAndOthersAreToldWhoCan() {
    String[] c = contoso.newCustomer("pages-access-" + System.nanoTime() + ".example", "US");
    String name = ui.platform.get("/v1/customers/" + c[0], contoso.token).json().getJsonObject("companyProfile").getString("companyName");
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    assertTrue(navigation().contains("Agent access"), navigation()::toString);
    ui.click("#nav a[href='#/access']");
    new Select(ui.find("#access-customer")).selectByValue(c[0]);
    ui.see("No agent has explicit access");
    ui.type("#grant-user", "new.seller@contoso.example");
    ui.click("#grant-access");
    ui.seeIn("#access-result", "new.seller@contoso.example now has access");
    ui.find("button.revoke[data-user='new.seller@contoso.example']");
    assertEquals(1, ui.platform.get("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess", contoso.token).items().size());
    ui.shots("p01-access-granted");
    ui.click("button.revoke[data-user='new.seller@contoso.example']");
    ui.seeIn("#access-result", "no longer has access");
    ui.see("No agent has explicit access");
    assertEquals(0, ui.platform.get("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/agentAccess", contoso.token).items().size());
    assertFalse(name.isEmpty());

    // A bad user id is said in words, and nothing is asked of the API.
    ui.type("#grant-user", "not a user");
    ui.click("#grant-access");
    ui.seeIn("#access-result", "sign-in name");

    ui.signIn("Contoso Cloud Services", "SalesAgent", "pages.seller@contoso.example");
    assertTrue(navigation().contains("Agent access"), navigation()::toString);
    ui.click("#nav a[href='#/access']");
    ui.seeIn("#access-read-only", "Only an admin agent of your partner");
    ui.seeIn("#access-read-only", "pages.seller@contoso.example");
    assertTrue(ui.browser.findElements(By.id("grant-access")).isEmpty(), "no grant form for a sales agent");
    ui.shots("p02-access-read-only");
  }

  @Test
  void aSalesAgentRefusedAtBuyIsToldWhoCanGrantAccess() {
    ui.signIn("Contoso Cloud Services", "SalesAgent", "refused.seller@contoso.example");
    ui.go("#/customers/" + DemoCustomers.ADATUM.id() + "/buy");
    new Select(ui.find("#subscription")).selectByValue(DemoCustomers.ADATUM.subscriptions().get(0).id());
    ui.type("#filter-armSkuName", "Standard_D2s_v5");
    new Select(ui.find("#filter-armRegionName")).selectByValue("eastus");
    ui.click("#search");
    ui.click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    ui.click("#review");
    ui.click("#buy");
    ui.see("Only an admin agent of your partner can grant it");
    ui.see("refused.seller@contoso.example");
    assertFalse(ui.find("main").getText().contains("PUT .../agentAccess"), "no API sentence");
    ui.shot("p03-sales-agent-told-who-grants");
  }

  @Test
  void thePartnersSupportRequestsAreListedAndANoteIsAdded() {
    String[] c = contoso.newCustomer("pages-support-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    String request = ui.platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token, SupportFlowTest.filing(reservation, "refund", 1))
        .json().getString("id");
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.click("#nav a[href='#/requests']");
    ui.find("#requests-count");
    new Select(ui.find("#requests-customer")).selectByValue(c[0]);
    ui.click("#requests-apply");
    ui.seeIn("#requests-count", "1 request.");
    ui.shots("p04-support-requests");
    ui.click("a.request-link[href='#/requests/" + c[0] + "/" + request + "']");
    ui.find("#history");
    ui.type("#partner-note", "The customer can be reached after 3 pm.");
    ui.click("#add-partner-note");
    ui.seeIn("#note-result", "Note added.");
    ui.seeIn("#history", "Note by");
    ui.seeIn("#history", "after 3 pm");
    assertEquals(1, ui.platform.get("/v1/supportRequests/" + request, ui.platform.token(DemoData.OPERATOR_TENANT, "SupportAgent")).json()
        .getJsonArray("history").stream().map(JsonObject.class::cast).filter(e -> e.getString("kind").equals("note")).count());
    ui.shots("p05-support-request-noted");
  }

  @Test
  void reservationsAndOrdersAcrossCustomersAreFilteredCountedAndExported() {
    String[] c = contoso.newCustomer("pages-portfolio-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "westeurope", "P1Y"), 3, "P1Y", "Shared");
    assertEquals(200, ui.platform.patch(Shop.path(c[0], reservation), contoso.token, "{\"renew\":true}").status());
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    assertTrue(navigation().contains("Reservations and orders"), navigation()::toString);
    ui.click("#nav a[href='#/portfolio']");
    ui.find("#portfolio-count");
    new Select(ui.find("#filter-customer")).selectByValue(c[0]);
    new Select(ui.find("#filter-state")).selectByValue("Succeeded");
    ui.click("#apply-filters");
    ui.seeIn("#portfolio-count", "1 reservation match");
    WebElement export = ui.find("#export-csv");
    assertEquals("reservations.csv", export.getAttribute("download"));
    String href = export.getAttribute("href");
    assertTrue(href.startsWith("data:text/csv;charset=utf-8,"), href);
    String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\ufeffReservation,Customer,"), csv);
    assertEquals(2, csv.trim().split("\r\n").length, csv);
    assertTrue(csv.contains("Standard_D4s_v5"), csv);
    ui.shots("p06-reservations-across-customers");

    new Select(ui.find("#filter-state")).selectByValue("Expired");
    ui.click("#apply-filters");
    ui.seeIn("#portfolio-count", "0 reservations match");

    ui.click("#portfolio-tab-orders");
    ui.find("#portfolio-count");
    new Select(ui.find("#filter-customer")).selectByValue(c[0]);
    ui.click("#apply-filters");
    ui.seeIn("#portfolio-count", "1 order match");
    ui.seeIn("#portfolio-list", "3 × ");
    ui.shots("p07-orders-across-customers");

    ui.click("#portfolio-tab-reservations");
    new Select(ui.find("#filter-customer")).selectByValue(c[0]);
    ui.click("#apply-filters");
    ui.seeIn("#portfolio-count", "1 reservation match");
    ui.click("a.revisions-link");
    ui.see("Revision history");
    WebElement moment = ui.find("#revisions time");
    assertTrue(moment.getAttribute("title").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), moment.getAttribute("title"));
    ui.see("Configured");
    ui.shots("p08-revisions");
  }

  @Test
  void theOperatorLandsOnItsHome() {
    ui.signIn("The operator (support agents, operations)", "Operator", "ops@operator.example");
    ui.find("#partners table");
    assertEquals(List.of("Operator"), navigation());
    assertTrue(ui.browser.getCurrentUrl().endsWith("#/operator"), ui.browser.getCurrentUrl());
    ui.seeIn("#partners", "Contoso Cloud Services");
    ui.seeIn("#health", "UP");
    ui.find("#price-loads");
    ui.seeIn("#support-queue", "support agents");
    assertTrue(ui.browser.findElements(By.cssSelector("main .error")).isEmpty(), "no red refusal");
    ui.shots("p09-operator-home");
  }
}
