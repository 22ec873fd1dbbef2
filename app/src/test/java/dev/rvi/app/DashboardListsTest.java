package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's lists page through the API (issue #28): the catalog of reserved instances and the customers, with more
 * rows than one page holds, in headless Chromium against the real platform. Next shows the API's next page and Previous
 * the one before, the count says which rows of how many, a column's sort asks the API for its order, the filter narrows
 * the rows shown, and Export CSV downloads exactly the rows shown (read back from the Blob the page makes), with a cell
 * that would be a spreadsheet formula prefixed by '. Nothing scrolls sideways at 390 px. Screenshots under
 * target/screenshots (lists-*).
 */
class DashboardListsTest {
  private static final String CAPTURE_BLOBS = "window.rviBlobs = []; const make = URL.createObjectURL.bind(URL);"
      + " URL.createObjectURL = b => { window.rviBlobs.push(b); return make(b); };";
  private static DashboardBrowser ui;
  private static Shop contoso;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
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

  /**
   * The catalog of one-year terms (more than 50 offers): 1–25 of the API's total, Next shows the API's second page in its order, Previous
   * the first again; the Price column's second click asks for the highest price first; the filter narrows what is shown
   * and the export holds exactly those rows.
   */
  @Test
  void theCatalogPagesSortsFiltersAndExports() {
    String[] c = contoso.newCustomer("browser-lists-" + System.nanoTime() + ".example", "US");
    JsonObject first = ui.platform.get("/v1/reservedInstances?country=US&term=P1Y&size=25&sort=price", contoso.token).json();
    int total = first.getInteger("totalCount");
    assertTrue(total > 50, "the sample catalog has more than two pages: " + total);
    JsonObject second = ui.platform.get(first.getJsonObject("links").getJsonObject("next").getString("uri"), contoso.token).json();
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers/" + c[0] + "/buy");
    seeCount("catalog", "1–25 of " + String.format("%,d", total));
    assertEquals(offers(first), shownOffers(), "the first page in the API's order");
    ui.shot("lists-01-catalog");
    ui.atPhoneWidth("lists-01-catalog");

    ui.click("#catalog-next");
    seeCount("catalog", "26–50 of " + String.format("%,d", total));
    assertEquals(offers(second), shownOffers(), "Next shows the API's second page");
    ui.click("#catalog-prev");
    seeCount("catalog", "1–25 of ");
    assertEquals(offers(first), shownOffers(), "Previous shows the first page again");

    ui.click("th button[data-sort='price']");
    ui.wait.until(d -> ui.find("th[aria-sort='descending']").getText().startsWith("Price"));
    seeCount("catalog", "1–25 of ");
    List<String> dearest = offers(ui.platform.get("/v1/reservedInstances?country=US&term=P1Y&size=25&sort=-price", contoso.token).json());
    ui.wait.until(d -> shownOffers().equals(dearest));
    assertTrue(!dearest.equals(offers(first)), "the highest price first is another order");

    ui.browser.executeScript(CAPTURE_BLOBS);
    ui.click("#catalog-export");
    List<String> lines = exported();
    assertEquals(26, lines.size(), "a header and the 25 rows shown: " + lines);
    assertEquals("Size,Region,Series,vCPUs,Term,Price,Pay-as-you-go,Saves,Savings plan,Quantity", lines.get(0));
    for (int i = 0; i < 25; i++) {
      String[] offer = dearest.get(i).split(" ");
      assertTrue(lines.get(i + 1).startsWith(offer[0] + "," + offer[1] + ","), "row " + i + " as shown: " + lines.get(i + 1));
    }

    String size = dearest.get(0).split(" ")[0];
    ui.type("#catalog-filter", size);
    ui.wait.until(d -> ui.find("#catalog-count").getText().contains("shown match the filter"));
    List<String> filtered = shownOffers();
    assertTrue(!filtered.isEmpty() && filtered.size() < 25 && filtered.stream().allMatch(o -> o.startsWith(size + " ")), filtered.toString());
    ui.click("#catalog-export");
    List<String> narrow = exported();
    assertEquals(filtered.size() + 1, narrow.size(), "only the rows shown: " + narrow);
    assertTrue(narrow.stream().skip(1).allMatch(l -> l.startsWith(size + ",")), narrow.toString());
  }

  /**
   * More than 50 customers: the list says 1–50 of them all, Next the rest as the API pages them; the export of each page
   * holds its rows, and a name that a spreadsheet would run as a formula is exported with a ' before it.
   */
  @Test
  void theCustomersPageThroughTheApiAndExportWhatIsShown() {
    String formula = "=1+2 Formula Ltd " + System.nanoTime();
    TestPlatform.Reply made = ui.platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"formula-" + System.nanoTime()
        + ".example\",\"companyName\":\"" + formula + "\"},\"billingProfile\":{\"companyName\":\"" + formula + "\",\"defaultAddress\":{\"country\":\"US\"}}}");
    assertEquals(201, made.status(), made::toString);
    int total = ui.platform.get("/v1/customers?size=1", contoso.token).json().getInteger("totalCount");
    for (int i = total; i < 57; i++) {
      TestPlatform.Reply one = ui.platform.post("/v1/customers", contoso.token, "{\"companyProfile\":{\"domain\":\"lists-" + i + "-" + System.nanoTime()
          + ".example\"},\"billingProfile\":{\"companyName\":\"Lists " + i + "\",\"defaultAddress\":{\"country\":\"US\"}}}");
      assertEquals(201, one.status(), one::toString);
    }
    JsonObject first = ui.platform.get("/v1/customers?size=50", contoso.token).json();
    total = first.getInteger("totalCount");
    assertTrue(total > 50, "two pages: " + total);
    JsonObject second = ui.platform.get(first.getJsonObject("links").getJsonObject("next").getString("uri"), contoso.token).json();
    assertEquals(total - 50, second.getJsonArray("items").size());

    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers");
    seeCount("customers", "1–50 of " + total);
    assertEquals(customerIds(first), shownCustomers(), "the first page in the API's order");
    ui.browser.executeScript(CAPTURE_BLOBS);
    ui.click("#customers-export");
    List<String> exported = new ArrayList<>(exported());
    assertEquals(51, exported.size(), "a header and the 50 customers shown");
    ui.atPhoneWidth("lists-02-customers");

    ui.click("#customers-next");
    seeCount("customers", "51–" + total + " of " + total);
    assertEquals(customerIds(second), shownCustomers(), "Next shows the API's second page");
    ui.shot("lists-02-customers-next");
    ui.click("#customers-export");
    List<String> rest = exported();
    assertEquals(total - 50 + 1, rest.size(), "a header and the rest shown: " + rest);
    exported.addAll(rest.subList(1, rest.size()));
    List<String> all = new ArrayList<>(customerIds(first));
    all.addAll(customerIds(second));
    for (String id : all) {
      assertEquals(1, exported.stream().filter(l -> l.endsWith("," + id)).count(), "every customer exported once: " + id);
    }
    assertTrue(exported.stream().anyMatch(l -> l.startsWith("'" + formula + ",")), "the formula's name guarded: " + exported);
    assertTrue(exported.stream().noneMatch(l -> l.startsWith("=") || l.contains(",=")), "no cell starts a formula");
  }

  private static List<String> offers(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> (JsonObject) o)
        .map(o -> o.getString("armSkuName") + " " + o.getString("armRegionName") + " " + o.getString("term")).toList();
  }

  private static List<String> shownOffers() {
    return ui.browser.findElements(By.cssSelector("#catalog-rows tbody tr")).stream()
        .map(tr -> cell(tr, "Size") + " " + cell(tr, "Region") + " " + cell(tr, "Term")).toList();
  }

  private static String cell(WebElement tr, String label) {
    return String.valueOf(ui.browser.executeScript("return arguments[0].querySelector(\"td[data-label='" + label + "']\").textContent", tr));
  }

  private static List<String> customerIds(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  private static List<String> shownCustomers() {
    return ui.browser.findElements(By.cssSelector("#customer-list button[data-customer]")).stream().map(b -> b.getAttribute("data-customer")).toList();
  }

  /** The lines of the last CSV the page handed to the browser, read from its Blob (without the byte-order mark). */
  private static List<String> exported() {
    ui.wait.until(d -> ((Number) ui.browser.executeScript("return window.rviBlobs.length")).intValue() > 0);
    Object text = ui.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " const b = window.rviBlobs.pop(); window.rviBlobs = [];"
        + " b.arrayBuffer().then(a => done(encodeURIComponent(new TextDecoder('utf-8', { ignoreBOM: true }).decode(a))));");
    // Percent-encoded on the way, so that the driver hands back the CRs as they are.
    String csv = URLDecoder.decode(String.valueOf(text), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\ufeff") && csv.endsWith("\r\n"), () -> "a CSV with its byte-order mark and CRLF lines: " + csv);
    return Arrays.asList(csv.substring(1, csv.length() - 2).split("\r\n", -1));
  }

  private static void seeCount(String list, String text) {
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(list + "-count"), text));
  }
}
