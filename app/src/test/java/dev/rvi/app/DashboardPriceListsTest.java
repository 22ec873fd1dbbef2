package dev.rvi.app;

import static dev.rvi.app.DashboardBrowser.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Price lists page (issue #29) in headless Chromium against the real platform: an admin agent of a direct partner
 * writes a list with a rule, previews it (the rows shown are the API's preview of the same draft), is warned of prices
 * below cost for a discount and refused on Save with the rule's percent marked, saves the markup, assigns it as the
 * default and reads the version and the history; the catalog then shows the cost and the price to the customer the API
 * answers. A sales agent reads the lists and changes nothing; a helpdesk agent has no such page. Nothing scrolls sideways
 * at 390 px and nothing is written to the console. Screenshots under target/screenshots (pricelists-*).
 */
class DashboardPriceListsTest {
  private static final String SIZE = "Standard_D2s_v5";
  private static final String REGION = "eastus";
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

  @AfterEach
  void noScriptErrors() {
    if (ui != null) {
      ui.noScriptErrors();
    }
  }

  private static String today() {
    return LocalDate.ofInstant(ui.platform.clock.instant(), ZoneOffset.UTC).toString();
  }

  private static String text(String css) {
    return ui.find(css).getText();
  }

  /** The preview rows the page shows: catalog item, price now and new price, as the page writes them. */
  private static List<String> previewRows() {
    ui.find("#preview-rows tbody tr");
    return ui.browser.findElements(By.cssSelector("#preview-rows tbody tr")).stream()
        .map(row -> row.findElement(By.cssSelector(".preview-item")).getAttribute("data-item") + " "
            + row.findElement(By.cssSelector(".preview-old")).getText() + " " + row.findElement(By.cssSelector(".preview-new")).getText())
        .toList();
  }

  private static List<String> apiRows(JsonObject preview) {
    return preview.getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(i -> i.getString("catalogItemId") + " " + usd(new BigDecimal(i.getValue("currentPrice").toString())) + " "
            + usd(new BigDecimal(i.getValue("newPrice").toString())))
        .toList();
  }

  private static void typePercent(String percent) {
    WebElement input = ui.find("#rule-0-percent");
    input.clear();
    input.sendKeys(percent);
  }

  @Test
  void anAdminWritesPreviewsSavesAndAssignsAList() throws InterruptedException {
    String[] customer = contoso.newCustomer("browser-prices-" + System.nanoTime() + ".example", "US");
    long before = ui.platform.get("/v1/priceLists", contoso.token).json().getLong("totalCount");
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.seeIn("#nav", "Price lists");
    ui.click("#nav a[href='#/priceLists']");
    ui.find("#new-price-list");
    ui.atPhoneWidth("pricelists-01-lists");
    ui.click("#new-price-list");
    ui.type("#list-name", "Customers +10");
    assertEquals("USD", ui.find("#list-currency").getAttribute("value"), "the market's currency");
    typePercent("10");
    ui.click("#preview-button");
    ui.find("#preview-summary");
    JsonObject draft = new JsonObject().put("name", "Customers +10").put("currency", "USD").put("allowNegativeMargin", false)
        .put("rules", new JsonArray().add(new JsonObject().put("percent", "10"))).put("fixedPrices", new JsonArray());
    JsonObject preview = ui.platform.post("/v1/priceLists/preview?size=50", contoso.token, draft.encode()).json();
    assertFalse(preview.getJsonArray("items").isEmpty(), preview::encode);
    assertEquals(apiRows(preview), previewRows(), "the page's old and new prices are the API's preview");
    assertTrue(ui.browser.findElements(By.id("negative-warning")).isEmpty(), "a markup sells nothing below cost");
    ui.shot("pricelists-02-preview");
    ui.atPhoneWidth("pricelists-02-preview");

    // A discount: the preview warns, and Save is refused naming the rule's percent, which is marked.
    typePercent("-5");
    ui.click("#preview-button");
    ui.seeIn("#negative-warning", "below your cost");
    JsonObject discount = ui.platform.post("/v1/priceLists/preview?size=50", contoso.token,
        draft.copy().put("rules", new JsonArray().add(new JsonObject().put("percent", "-5"))).encode()).json();
    ui.seeIn("#negative-warning", discount.getJsonObject("summary").getInteger("negativeMargins") + " item");
    ui.click("#save-price-list");
    ui.seeIn("#editor-result", "rules[0].percent");
    ui.wait.until(ExpectedConditions.attributeToBe(By.id("rule-0-percent"), "aria-invalid", "true"));
    ui.shot("pricelists-03-refused");
    assertEquals(before, ui.platform.get("/v1/priceLists", contoso.token).json().getLong("totalCount"), "nothing was saved");

    typePercent("10");
    ui.click("#save-price-list");
    ui.seeIn("#price-list-result", "created (version 1)");
    assertEquals("1", text("#price-list-version"));
    JsonObject saved = ui.platform.get("/v1/priceLists", contoso.token).items().stream()
        .filter(l -> l.getString("name").equals("Customers +10")).findFirst().orElseThrow();
    assertEquals(1, saved.getInteger("version"));

    // Assigned as the default from today: version 2, in the history as assigned after created.
    ui.find("#assign-from");
    assertEquals("", ui.find("#assign-to").getAttribute("value"), "the default is picked first");
    ui.click("#assign");
    ui.seeIn("#price-list-result", "Assigned");
    ui.seeIn("#price-list-version", "2");
    ui.seeIn("#price-list-assignments", "Default");
    ui.seeIn("#price-list-assignments", "from " + today());
    List<JsonObject> history = ui.platform.get("/v1/priceLists/" + saved.getString("id") + "/revisions", contoso.token).items();
    List<String> rows = ui.browser.findElements(By.cssSelector("#price-list-history tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(0).getText() + " " + r.findElements(By.tagName("td")).get(1).getText()).toList();
    assertEquals(List.of("2 Assigned", "1 Created"), rows, "the history, newest first: " + history);
    assertEquals(2, history.size());
    ui.seeIn("#price-list-history", history.get(0).getString("detail"));
    ui.shot("pricelists-04-detail");
    ui.atPhoneWidth("pricelists-04-detail");

    // The list's row in the list of lists.
    ui.click("a[href='#/priceLists']");
    ui.seeIn("#price-lists-rows", "Customers +10");
    ui.seeIn("#price-lists-rows", "Default");
    ui.atPhoneWidth("pricelists-05-lists");

    // The catalog shows the cost and the price to the customer, as the API answers them.
    String query = "/v1/reservedInstances?country=US&term=P1Y&armSkuName=" + SIZE + "&armRegionName=" + REGION;
    JsonObject[] priced = new JsonObject[1];
    Eventually.await(() -> (priced[0] = ui.platform.get(query, contoso.token).items().get(0).getJsonObject("prices")) != null, "the list in force");
    JsonObject prices = priced[0];
    ui.go("#/customers/" + customer[0] + "/buy");
    ui.searchCatalog(SIZE, REGION);
    String row = "#catalog-rows tr:has(button[data-sku='" + SIZE + "'][data-region='" + REGION + "']) ";
    // Each catalog instance learns of a new assignment within PriceBooks.FRESH (5 s): the search is asked again until then.
    new WebDriverWait(ui.browser, Duration.ofSeconds(30), Duration.ofSeconds(1)).until(d -> {
      if (!d.findElements(By.cssSelector(row + ".tier-cost")).isEmpty()) {
        return true;
      }
      ui.click("#search");
      return false;
    });
    ui.seeIn(row + ".tier-cost", usd(new BigDecimal(prices.getValue("cost").toString())));
    ui.seeIn(row + ".tier-price", "to the customer " + usd(new BigDecimal(prices.getValue("price").toString())));
    assertTrue(new BigDecimal(prices.getValue("price").toString()).compareTo(new BigDecimal(prices.getValue("cost").toString())) > 0);
    ui.shot("pricelists-06-catalog");
    ui.atPhoneWidth("pricelists-06-catalog");

    // The cart keeps both.
    ui.click("button[data-sku='" + SIZE + "'][data-region='" + REGION + "']");
    ui.click("#review");
    ui.seeIn("main table .tier-cost", usd(new BigDecimal(prices.getValue("cost").toString())));
    ui.seeIn("main table .tier-price", usd(new BigDecimal(prices.getValue("price").toString())));
  }

  @Test
  void aStaleSaveSaysSomeoneChangedIt() {
    JsonObject list = ui.platform.post("/v1/priceLists", contoso.token, new JsonObject().put("name", "Stale test").put("currency", "USD")
        .put("rules", new JsonArray().add(new JsonObject().put("percent", "3"))).encode()).json();
    String id = list.getString("id");
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/priceLists/" + id + "/edit");
    ui.find("#rule-0-percent");
    assertEquals(200, ui.platform.put("/v1/priceLists/" + id, contoso.token, new JsonObject().put("name", "Stale test").put("currency", "USD")
        .put("rules", new JsonArray().add(new JsonObject().put("percent", "4"))).encode()).status());
    typePercent("6");
    ui.click("#save-price-list");
    ui.seeIn("#stale-version", "Someone changed this list");
    ui.click("#reload-price-list");
    ui.wait.until(ExpectedConditions.attributeToBe(By.id("rule-0-percent"), "value", "4"));
  }

  @Test
  void aSalesAgentReadsAndAHelpdeskAgentHasNoPage() {
    JsonObject list = ui.platform.post("/v1/priceLists", contoso.token, new JsonObject().put("name", "Read me").put("currency", "USD")
        .put("rules", new JsonArray().add(new JsonObject().put("percent", "7").put("term", "P3Y"))).encode()).json();
    ui.signIn("Contoso Cloud Services", "SalesAgent");
    ui.seeIn("#nav", "Price lists");
    ui.go("#/priceLists");
    ui.find("#price-lists-read-only");
    ui.seeIn("#price-lists-rows", "Read me");
    assertTrue(ui.browser.findElements(By.id("new-price-list")).isEmpty(), "no New button");
    ui.click("a.price-list-link[data-id='" + list.getString("id") + "']");
    ui.seeIn("#price-list-rules", "+7.0");
    ui.seeIn("#price-list-rules", "3 years");
    ui.find("#price-lists-read-only");
    assertTrue(ui.browser.findElements(By.cssSelector("#edit-price-list, #assign-form, .remove-assignment")).isEmpty(), "nothing to change");
    ui.atPhoneWidth("pricelists-07-sales");

    ui.signIn("Contoso Cloud Services", "HelpdeskAgent");
    assertFalse(text("#nav").contains("Price lists"), "no Price lists in a helpdesk agent's navigation");
    ui.go("#/priceLists");
    ui.find("#price-lists-refused");
    assertTrue(ui.browser.findElements(By.cssSelector("#price-lists, .price-list-link")).isEmpty());
  }
}
