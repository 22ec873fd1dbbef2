package dev.rvi.app;

import static dev.rvi.app.DashboardBrowser.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Spending money in the dashboard, in headless Chromium against the real platform (issues #27 and #28): every page that
 * buys, refunds, exchanges, trades in or approves shows the amounts first and acts only after a confirmation that says
 * what is charged to whom; cancelling it spends nothing, which each test checks through the API. A savings plan's page
 * fills in the commitment the customer's usage recommends, with its saving. Each page is also looked at 390 px wide,
 * where nothing may scroll sideways. Screenshots under target/screenshots (buy-*).
 */
class DashboardBuyTest {
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

  /** The confirmation dialog, open, with its words. */
  private static String confirmation() {
    return ui.find("#confirm-dialog").getText();
  }

  private static void dialogClosed() {
    ui.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
  }

  private static BigDecimal unitPrice(String size, String region) {
    return new BigDecimal(ui.platform.get("/v1/reservedInstances?country=US&armSkuName=" + size + "&armRegionName=" + region + "&term=P1Y",
        contoso.token).items().get(0).getValue("unitPrice").toString());
  }

  private static List<JsonObject> orders(String customerId) {
    return ui.platform.get("/v1/customers/" + customerId + "/orders", contoso.token).items();
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
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go("#/customers/" + c[0] + "/buy");
    ui.searchCatalog("Standard_D2s_v5", "eastus");
    ui.see("%");
    assertTrue(ui.find("#results tbody tr").getText().matches("(?s).*\\$[\\d,]+\\.\\d\\d \\(\\d+\\.\\d %\\).*"),
        "a saving in money and percent: " + ui.find("#results tbody tr").getText());
    ui.shot("buy-01-catalog");
    ui.atPhoneWidth("buy-01-catalog");
    WebElement quantity = ui.find("button[data-sku='Standard_D2s_v5'][data-region='eastus']").findElement(By.xpath("preceding-sibling::input"));
    quantity.clear();
    quantity.sendKeys("2");
    ui.click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    ui.searchCatalog("Standard_D4s_v5", "westeurope");
    ui.click("button[data-sku='Standard_D4s_v5'][data-region='westeurope']");
    ui.see("Cart: 2 lines");
    ui.click("#review");

    BigDecimal first = small.multiply(BigDecimal.valueOf(2));
    assertEquals(usd(first) + " upfront", ui.find("#line-total-0").getText());
    assertEquals(usd(first.add(large)), ui.find("#cart-total-amount").getText());
    new Select(ui.find("#billing-1")).selectByValue("Monthly");
    BigDecimal monthly = large.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("line-total-1"), "12 monthly payments of " + usd(monthly)));
    assertEquals(usd(first.add(monthly)), ui.find("#cart-now").getText(), "charged at purchase: the upfront line and the first month");
    assertEquals(usd(first.add(large)), ui.find("#cart-total-amount").getText(), "monthly costs nothing more");
    Object cut = ui.browser.executeScript("return [...document.querySelectorAll('button.remove')].filter(b => { const wrap = b.closest('.table-wrap');"
        + " return b.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 0.5 || wrap.scrollWidth > wrap.clientWidth; }).length");
    assertEquals(0L, ((Number) cut).longValue(), "Remove is not cut off at the table's edge");
    ui.shot("buy-02-review");
    ui.atPhoneWidth("buy-02-review");

    ui.click("#buy");
    String asked = confirmation();
    assertTrue(asked.contains("Buy for " + domain) && asked.contains(usd(first.add(large))) && asked.contains(usd(first.add(monthly)))
        && asked.contains("early termination fee") && asked.contains("12 monthly payments"), asked);
    ui.shot("buy-03-confirm");
    ui.atPhoneWidth("buy-03-confirm");
    assertEquals(List.of(), orders(c[0]), "nothing is bought while the confirmation asks");
    ui.click("#confirm-cancel");
    dialogClosed();
    ui.find("#not-bought");
    assertEquals(List.of(), orders(c[0]), "cancelled: nothing bought");
    ui.click("#buy");
    confirmation();
    ui.find("#confirm-cancel").sendKeys(Keys.ESCAPE);
    dialogClosed();
    ui.find("#not-bought");
    assertEquals(List.of(), orders(c[0]), "Escape: nothing bought");

    ui.click("#buy");
    confirmation();
    ui.click("#confirm-accept");
    String number = ui.find(".order-number").getText();
    assertTrue(number.length() >= 4, number);
    ui.shot("buy-04-order-placed");
    List<JsonObject> bought = orders(c[0]);
    BigDecimal total = bought.stream().map(o -> new BigDecimal(o.getValue("totalPrice").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, first.add(large).compareTo(total), "the order costs what the confirmation said: " + total);
    List<JsonObject> reservations = ui.platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items();
    assertEquals(2, reservations.size());
    assertEquals(List.of("Monthly", "Upfront"), reservations.stream().map(r -> r.getString("billingPlan")).sorted().toList());
    ui.click("#order-history");
    ui.see(number);
  }

  /** An indirect provider names the reseller before the confirmation, which names it too; the reseller sees the order. */
  @Test
  void anIndirectProviderPicksTheResellerAndConfirms() {
    String datum = DemoCustomers.DATUM.id();
    ui.signIn("Fabrikam Distribution", "AdminAgent", null);
    ui.go("#/customers/" + datum + "/buy");
    ui.searchCatalog("Standard_D2s_v5", "eastus");
    ui.click("button[data-sku='Standard_D2s_v5'][data-region='eastus']");
    ui.click("#review");
    ui.click("#buy");
    ui.see("Choose the reseller");
    assertTrue(ui.browser.findElements(By.id("confirm-dialog")).isEmpty(), "no confirmation without a reseller");
    new Select(ui.find("#reseller")).selectByValue(DemoData.NORTHWIND.mpnId());
    ui.click("#buy");
    String asked = confirmation();
    assertTrue(asked.contains("Datum Logistics") && asked.contains("MPN " + DemoData.NORTHWIND.mpnId()), asked);
    ui.click("#confirm-accept");
    String number = ui.find(".order-number").getText();

    ui.signIn("Northwind Traders IT", "AdminAgent", null);
    ui.go("#/customers/" + datum + "/orders");
    ui.see(number);
  }

  /**
   * With a month of one D2s_v5 in East US posted, the savings plan's page asks the recommendation (Last30Days, the term,
   * Shared or Single) and fills in its hourly commitment with the saving in money and percent, as the API answers them;
   * the confirmation says what is charged and that the plan is final; cancelling buys nothing; accepting buys that amount.
   */
  @Test
  void aSavingsPlanIsBoughtWithTheRecommendedCommitment() {
    String[] c = contoso.newCustomer("browser-plan-advice-" + System.nanoTime() + ".example", "US");
    Instant now = ui.platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray items = new JsonArray();
    for (int h = 700; h > 0; h--) {
      items.add(new JsonObject().put("usageStartTime", now.minus(Duration.ofHours(h)).toString()).put("resourceId", "vm-1")
          .put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    TestPlatform.Reply ingested = ui.platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", items).encode());
    assertEquals(200, ingested.status(), ingested::toString);
    String advice = "/v1/customers/" + c[0] + "/savingsPlanRecommendations?lookBackPeriod=Last30Days&term=P1Y&scope=";
    JsonObject shared = ui.platform.get(advice + "Shared", contoso.token).items().get(0).getJsonObject("properties").getJsonObject("recommendationDetails");
    BigDecimal recommended = new BigDecimal(shared.getValue("commitmentAmount").toString());
    assertTrue(recommended.compareTo(new BigDecimal("0.01")) > 0, "a month of a VM is worth more than the smallest commitment: " + recommended);

    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go("#/customers/" + c[0] + "/buySavingsPlan");
    ui.find("#plan-recommended");
    assertEquals(0, recommended.compareTo(new BigDecimal(ui.find("#plan-commitment").getDomProperty("value"))), "the recommended commitment is filled in");
    BigDecimal savedPct = new BigDecimal(shared.getValue("savingsPercentage").toString()).setScale(1, RoundingMode.HALF_UP);
    assertEquals(savedPct.toPlainString() + " %", ui.find("#plan-saving-percent").getText());
    assertEquals(usd(new BigDecimal(shared.getValue("savingsAmount").toString())), ui.find("#plan-saving-amount").getText());
    ui.shot("buy-05-savings-plan-recommended");
    ui.atPhoneWidth("buy-05-savings-plan-recommended");

    new Select(ui.find("#plan-scope")).selectByValue("Single");
    new Select(ui.find("#plan-subscription")).selectByValue(c[1]);
    JsonObject single = ui.platform.get(advice + "Single", contoso.token).items().stream()
        .filter(r -> c[1].equals(r.getJsonObject("properties").getString("subscriptionId"))).findFirst().orElseThrow()
        .getJsonObject("properties").getJsonObject("recommendationDetails");
    ui.wait.until(d -> new BigDecimal(single.getValue("commitmentAmount").toString())
        .compareTo(new BigDecimal(ui.find("#plan-commitment").getDomProperty("value"))) == 0);
    ui.find("#plan-recommended");

    ui.click("#buy-plan");
    String asked = confirmation();
    BigDecimal total = new BigDecimal(single.getValue("commitmentAmount").toString()).multiply(BigDecimal.valueOf(8760));
    assertTrue(asked.contains(usd(total)) && asked.contains("cannot be cancelled, refunded or exchanged"), asked);
    ui.shot("buy-06-savings-plan-confirm");
    assertEquals(List.of(), ui.platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items(), "nothing bought while it asks");
    ui.click("#confirm-cancel");
    ui.find("#not-bought");
    assertEquals(List.of(), ui.platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items(), "cancelled: nothing bought");
    ui.click("#buy-plan");
    confirmation();
    ui.click("#confirm-accept");
    ui.find(".order-number");
    List<JsonObject> plans = ui.platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items();
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
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go("#/customers/" + c[0] + "/savingsPlans");
    ui.see("No savings plans yet");
    ui.click("#buy-savings-plan");
    ui.find("#plan-no-recommendation");
    assertEquals("0.001", ui.find("#plan-commitment").getDomProperty("value"), "the smallest commitment is suggested");
    assertEquals("USD", ui.find("#plan-currency").getText());
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "8.76"));
    ui.type("#plan-commitment", "0.05");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "438.00"));
    new Select(ui.find("#plan-term")).selectByValue("P3Y");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total-amount"), "1,314.00"));
    assertEquals("0.05", ui.find("#plan-commitment").getDomProperty("value"), "an amount typed stays when the term changes");
    new Select(ui.find("#plan-term")).selectByValue("P1Y");
    new Select(ui.find("#plan-billing")).selectByValue("Monthly");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-total"), "36.50 a month for 12 months"));
    new Select(ui.find("#plan-billing")).selectByValue("Upfront");
    new Select(ui.find("#plan-subscription")).selectByValue(c[1]);
    ui.see("purchases are final");
    ui.shot("buy-07-savings-plan");
    ui.click("#buy-plan");
    assertTrue(confirmation().contains("$438.00"), confirmation());
    ui.click("#confirm-accept");
    String number = ui.find(".order-number").getText();
    assertTrue(number.length() >= 4, number);
    ui.click("#new-plan");
    ui.find("#plan-no-usage");
    assertTrue(ui.find("#plan-commitment").getText().contains("0.05"), ui.find("#plan-commitment").getText());
    ui.see("purchases are final");
    assertEquals(List.of("Overview", "Configure"), ui.browser.findElements(By.cssSelector(".tabs a")).stream().map(WebElement::getText).toList());
    assertTrue(ui.browser.findElements(By.cssSelector("main button")).stream().map(WebElement::getText)
        .noneMatch(t -> t.contains("Cancel") || t.contains("Refund") || t.contains("Exchange")), "nothing to cancel, refund or exchange");

    ui.click("#tablink-configure");
    ui.type("#plan-name", "compute-base");
    new Select(ui.find("#plan-scope")).selectByValue("Single");
    new Select(ui.find("#plan-subscription")).selectByValue(c[1]);
    ui.click("#plan-renew");
    ui.click("#save-plan");
    ui.see("Saved: “compute-base”");
    assertEquals("compute-base", ui.find("#plan-title").getText());
    JsonObject plan = ui.platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items().get(0);
    assertEquals("compute-base", plan.getString("displayName"));
    assertEquals("Single", plan.getString("appliedScopeType"));
    assertEquals("/subscriptions/" + c[1], plan.getJsonObject("appliedScopeProperties").getString("subscriptionId"));
    assertTrue(plan.getBoolean("renew"));
    ui.go("#/customers/" + c[0] + "/savingsPlans");
    assertEquals("compute-base", ui.find("a.plan-link").getText());
  }

  /** A refund shows the amount, the fee and the limit it counts against; the confirmation names the amount; Cancel keeps all. */
  @Test
  void aRefundShowsItsAmountAndAsksFirst() {
    String[] c = contoso.newCustomer("browser-refund-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    String page = "#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id");
    JsonObject quote = contoso.calculateRefund(c[0], reservation, 1).json();
    String refund = usd(new BigDecimal(quote.getJsonObject("billingRefundAmount").getValue("amount").toString()));
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go(page + "/refund");
    ui.type("#refund-quantity", "1");
    ui.click("#quote-refund");
    assertEquals(refund, ui.find("#refund-amount").getText());
    ui.find("#refund-fee");
    assertEquals(quote.getJsonObject("policyResult").getString("policyText"), ui.find("#refund-policy").getText(), "the policy the fee comes from");
    ui.shot("buy-08-refund-quote");
    ui.atPhoneWidth("buy-08-refund-quote");
    ui.click("#confirm-refund");
    String asked = confirmation();
    assertTrue(asked.contains(refund) && asked.contains("Customer") && asked.contains("Early termination fee"), asked);
    ui.shot("buy-09-refund-confirm");
    ui.click("#confirm-cancel");
    ui.find("#not-refunded");
    assertEquals(2, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing refunded");
    ui.click("#confirm-refund");
    confirmation();
    ui.click("#confirm-accept");
    ui.see("Refunded " + refund);
    assertTrue(ui.browser.findElements(By.id("confirm-refund")).isEmpty() && !ui.find("#refund-quote").getText().contains("Nothing has happened yet"),
        "the quote no longer says nothing happened");
    assertEquals(1, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of two refunded");
  }

  /** An exchange picks region and size from what the catalog sells (no free text), shows the quote and asks first. */
  @Test
  void anExchangePicksFromTheCatalogShowsTheQuoteAndAsksFirst() {
    String[] c = contoso.newCustomer("browser-exchange-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go("#/customers/" + c[0] + "/reservations/" + reservation.getString("reservationOrderId") + "/" + reservation.getString("id") + "/exchange");
    assertEquals("eastus", new Select(ui.find("#exchange-region")).getFirstSelectedOption().getDomProperty("value"), "the reservation's region first");
    assertTrue(new Select(ui.find("#exchange-region")).getOptions().size() > 1, "the regions the catalog sells");
    new Select(ui.find("#exchange-size")).selectByValue("Standard_D4s_v5");
    ui.see("each for the term");
    ui.click("#quote-exchange");
    String net = ui.find("#exchange-net").getText();
    assertTrue(net.matches("\\$[\\d,]+\\.\\d\\d"), net);
    ui.shot("buy-10-exchange-quote");
    ui.atPhoneWidth("buy-10-exchange-quote");
    ui.click("#confirm-exchange");
    String asked = confirmation();
    assertTrue(asked.contains(net) && asked.contains("Standard_D4s_v5 in eastus"), asked);
    ui.click("#confirm-cancel");
    ui.find("#not-exchanged");
    assertEquals(1, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing exchanged");
    ui.click("#confirm-exchange");
    confirmation();
    ui.click("#confirm-accept");
    ui.see("Exchanged. New order number");
    assertTrue(!ui.find("#exchange-quote").getText().contains("Nothing has happened yet"), "the quote no longer says nothing happened");
    ui.shot("buy-11-exchanged");
    assertEquals(0, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "returned");
    assertTrue(ui.platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items().stream()
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
    ui.signIn("Contoso Cloud Services", "AdminAgent", null);
    ui.go(page + "/tradein");
    ui.type("#trade-in-commitment", "0.001");
    ui.click("#quote-trade-in");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trade-in-quote"), "commit at least"));
    ui.find("#trade-in-commitment").clear();
    ui.type("#trade-in-name", "traded-compute");
    ui.click("#quote-trade-in");
    assertTrue(ui.find("#trade-in-minimum").getText().contains("an hour"), ui.find("#trade-in-minimum").getText());
    for (String shown : List.of("#trade-in-credit", "#trade-in-total", "#trade-in-net")) {
      assertTrue(ui.find(shown).getText().matches(".*\\d+\\.\\d\\d.*"), shown + ": " + ui.find(shown).getText());
    }
    String credit = ui.find("#trade-in-credit").getText();
    String net = ui.find("#trade-in-net").getText();
    ui.shot("buy-12-trade-in-quote");
    ui.atPhoneWidth("buy-12-trade-in-quote");
    ui.click("#confirm-trade-in");
    String asked = confirmation();
    assertTrue(asked.contains(credit) && asked.contains(net) && asked.contains("2 × Standard_D2s_v5"), asked);
    ui.shot("buy-13-trade-in-confirm");
    ui.click("#confirm-cancel");
    ui.find("#not-traded");
    assertEquals(2, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "cancelled: nothing traded in");
    ui.click("#confirm-trade-in");
    confirmation();
    ui.click("#confirm-accept");
    ui.see("Traded in.");
    assertEquals(0, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "returned");
    ui.click("#traded-plan");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-title"), "traded-compute"));
    List<JsonObject> plans = ui.platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso.token).items();
    assertEquals(1, plans.size());
    assertEquals(new JsonArray().add(reservation.getString("id")), plans.get(0).getJsonArray("tradedInReservations"));
  }

  /** The support agent's Approve says what it carries out and asks first; Cancel leaves the request as it was. */
  @Test
  void approvingARefundRequestInTheConsoleAsksFirst() {
    String[] c = contoso.newCustomer("browser-approve-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    TestPlatform.Reply filed = ui.platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token,
        new JsonObject(SupportFlowTest.filing(reservation, "refund", 1)).encode());
    assertEquals(201, filed.status(), filed::toString);
    String request = filed.json().getString("id");
    String agent = ui.platform.token("operator", "SupportAgent");
    ui.signIn("The operator (support agents, operations)", "SupportAgent", "agent@operator.example");
    ui.go("#/console/" + request);
    ui.click("#do-assign");
    ui.click("#do-approve");
    String asked = confirmation();
    assertTrue(asked.contains("Cancel and refund: 1 of reservation " + reservation.getString("id")) && asked.contains("early termination fee"), asked);
    ui.shot("buy-14-approve-confirm");
    ui.click("#confirm-cancel");
    ui.find("#not-done");
    assertEquals("inProgress", ui.platform.get("/v1/supportRequests/" + request, agent).json().getString("status"), "cancelled: not approved");
    assertEquals(2, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"));
    ui.click("#do-approve");
    confirmation();
    ui.click("#confirm-accept");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "completed"));
    ui.atPhoneWidth("buy-15-approved");
    assertEquals(1, ui.platform.get(Shop.path(c[0], reservation), contoso.token).json().getInteger("quantity"), "one of two refunded");
  }
}
