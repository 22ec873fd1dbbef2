package dev.rvi.app;

import static dev.rvi.app.DashboardBrowser.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Views that follow changes (issue #28), in headless Chromium against the real platform: an order's detail with the
 * refunds and exchanges of its lines, a reservation that says what replaced it, states in a person's words (Active, not
 * Succeeded), two reservations of one size told apart by term and purchase date, the customer form that shows what it
 * added and empties itself, and none of these pages wider than a 390 px phone. Screenshots under target/screenshots
 * (changes-*).
 */
class DashboardChangesTest {
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
    TestPlatform.Reply quote = ui.platform.post("/v1/customers/" + customerId + "/calculateExchange", contoso.token, body);
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = ui.platform.post("/v1/customers/" + customerId + "/exchange", contoso.token,
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
    ui.platform.moveClockBy(Duration.ofDays(3));
    BigDecimal refunded = refund(c[0], bought, 1);

    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers/" + c[0] + "/orders");
    ui.seeIn(".order-state", "Partly returned (2 of 3 in force)");
    ui.see("3 × ");
    ui.see("(2 in force)");
    assertTrue(!ui.find(".order-state").getText().toLowerCase().contains("completed"), ui.find(".order-state").getText());
    ui.shot("changes-01-order-history");

    JsonObject exchanged = exchange(c[0], c[1], bought, 2, contoso.item("Standard_D4s_v5", "eastus", "P1Y"));
    String newOrderNumber = exchanged.getJsonObject("order").getString("alternateId");
    ui.go(page(c[0], bought));
    ui.seeIn("#reservation-title", "Exchanged");
    assertTrue(!ui.find("#reservation-title").getText().contains("Succeeded"), ui.find("#reservation-title").getText());
    ui.seeIn("#reservation-later", "Refunded 1 instance: " + usd(refunded) + " credited");
    ui.seeIn("#reservation-later", "Exchanged 2 instances");
    ui.seeIn("#reservation-later .replacement-order", "order " + newOrderNumber);
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reservation-later .new-reservations a")));
    ui.shot("changes-02-exchanged-reservation");
    ui.atPhoneWidth("changes-exchanged-reservation");
    ui.click("#reservation-later .new-reservations a");
    ui.seeIn("#reservation-title", "Standard_D4s_v5");
    ui.seeIn("#reservation-title", "Active");
    assertTrue(ui.browser.findElements(By.id("reservation-later")).isEmpty(), "the new reservation has nothing given back");

    ui.go("#/customers/" + c[0] + "/orders/" + orderId);
    ui.seeIn("#order-state", "Exchanged");
    WebElement later = ui.find(".order-line .later-changes");
    assertEquals(2, later.findElements(By.tagName("li")).size(), later.getText());
    ui.seeIn(".later-changes li[data-change=return]", "Refunded 1 instance: " + usd(refunded) + " credited");
    ui.seeIn(".later-changes li[data-change=exchange]", "Exchanged 2 instances");
    ui.seeIn(".later-changes li[data-change=exchange] .replacement-order", "order " + newOrderNumber);
    ui.seeIn(".order-line", "Quantity now");
    ui.shot("changes-03-order-detail");
    ui.atPhoneWidth("changes-order-detail");
    ui.click(".later-changes .replacement-order");
    ui.seeIn("main h1", "Order " + newOrderNumber);
    ui.seeIn("#order-state", "Completed");
  }

  /** The revisions the API answers carry the refund's amount and what an exchange bought, which the pages above read. */
  @Test
  void revisionsOfARefundAndAnExchangeCarryTheAmountAndTheReplacement() {
    String[] c = contoso.newCustomer("changes-revisions-" + System.nanoTime() + ".example", "US");
    JsonObject bought = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "shared");
    BigDecimal refunded = refund(c[0], bought, 1);
    JsonObject exchanged = exchange(c[0], c[1], bought, 1, contoso.item("Standard_D4s_v5", "eastus", "P1Y"));
    List<JsonObject> revisions = ui.platform.get(Shop.path(c[0], bought) + "/revisions", contoso.token).items();
    JsonObject ret = revisions.stream().filter(r -> "return".equals(r.getString("change"))).findFirst().orElseThrow();
    assertEquals(0, refunded.compareTo(new BigDecimal(ret.getJsonObject("after").getValue("refundAmount").toString())), ret.encode());
    assertEquals("USD", ret.getJsonObject("after").getString("currencyCode"));
    JsonObject ex = revisions.stream().filter(r -> "exchange".equals(r.getString("change"))).findFirst().orElseThrow();
    JsonObject replacedBy = ex.getJsonObject("after").getJsonObject("replacedBy");
    assertEquals(exchanged.getJsonObject("order").getString("id"), replacedBy.getString("orderId"), ex.encode());
    assertEquals(0, Shop.amount(exchanged, "refundsTotal").compareTo(new BigDecimal(ex.getJsonObject("after").getValue("credit").toString())));
    List<JsonObject> news = ui.platform.get("/v1/customers/" + c[0] + "/reservations", contoso.token).items().stream()
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
    ui.platform.moveClockBy(Duration.ofDays(7));
    JsonObject second = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "eastus", "P3Y"), 2, "P3Y", "shared");
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers/" + c[0] + "/reservations");
    ui.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".reservation-link"), 2));
    String list = ui.find("#main table").getText();
    assertTrue(list.contains("1 year") && list.contains("3 years"), list);
    assertTrue(list.contains("Purchased"), list);
    assertTrue(list.contains("Active") && !list.contains("Succeeded"), list);
    ui.shot("changes-04-two-reservations");
    ui.atPhoneWidth("changes-reservations");
    ui.go(page(c[0], first));
    ui.seeIn("#reservation-title", "1 × Standard_D4s_v5 eastus · 1 year · bought ");
    ui.seeIn("#reservation-title", "Active");
    String firstTitle = ui.find("#reservation-title").getText();
    ui.go(page(c[0], second));
    ui.seeIn("#reservation-title", "2 × Standard_D4s_v5 eastus · 3 years · bought ");
    String secondTitle = ui.find("#reservation-title").getText();
    assertTrue(!firstTitle.equals(secondTitle) && !secondTitle.contains("Succeeded"), firstTitle + " / " + secondTitle);
    ui.atPhoneWidth("changes-reservation");
  }

  /** Adding a customer shows it in the list at once, empties the form for the next one and keeps saying it was added. */
  @Test
  void anAddedCustomerIsListedAndTheFormIsEmptied() throws InterruptedException {
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.see("Customers");
    String domain = "changes-" + System.nanoTime() + ".example";
    ui.type("input[name=domain]", domain);
    ui.type("input[name=companyName]", "Changes Cycles");
    ui.click("#add-customer");
    ui.see("Customer added: Changes Cycles");
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-customer-name='Changes Cycles']")));
    assertEquals("", ui.find("input[name=domain]").getAttribute("value"));
    assertEquals("", ui.find("input[name=companyName]").getAttribute("value"));
    Thread.sleep(1500);
    ui.see("Customer added: Changes Cycles");
    assertEquals(1, ui.browser.findElements(By.cssSelector("li[data-customer-name='Changes Cycles']")).size());
    ui.shot("changes-05-customer-added");
    ui.atPhoneWidth("changes-customers");
  }

  /** A subscription with a long name: its picker on the buy page no longer makes a phone's page wider than the screen. */
  @Test
  void theSubscriptionPickerFitsAPhone() {
    String[] c = contoso.newCustomer("changes-phone-" + System.nanoTime() + ".example", "US");
    TestPlatform.Reply renamed = ui.platform.patch("/v1/customers/" + c[0] + "/subscriptions/" + c[1], contoso.token,
        "{\"friendlyName\":\"Contoso Retail Production West Europe Analytics Workloads 2026\"}");
    assertEquals(200, renamed.status(), renamed::toString);
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers/" + c[0] + "/buy");
    ui.find("#subscription");
    ui.atPhoneWidth("changes-buy");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "single");
    ui.go("#/customers/" + c[0] + "/orders");
    ui.find(".order-state");
    ui.atPhoneWidth("changes-orders");
  }

  /**
   * The recommendations page shows the benefit comparison as the API answers it: each option with its total and saving,
   * the cheapest marked, over the same hours as the recommendations (a week of one steady D2s_v5 in East US).
   */
  @Test
  void theRecommendationsShowTheBenefitComparison() {
    String[] c = contoso.newCustomer("changes-compare-" + System.nanoTime() + ".example", "US");
    Instant to = ui.platform.clock.instant().truncatedTo(ChronoUnit.HOURS);
    JsonArray usage = new JsonArray();
    for (Instant hour = to.minus(Duration.ofDays(7)); hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
      usage.add(new JsonObject().put("usageStartTime", hour.toString()).put("resourceId", "vm-1").put("armSkuName", "Standard_D2s_v5")
          .put("armRegionName", "eastus").put("quantity", 1));
    }
    assertEquals(200, ui.platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", contoso.token,
        new JsonObject().put("items", usage).encode()).status());
    JsonObject expected = ui.platform.get("/v1/customers/" + c[0] + "/benefitComparison?lookBackPeriod=Last30Days&term=P1Y", contoso.token).json();
    JsonArray options = expected.getJsonArray("options");
    assertTrue(options.size() >= 1, expected::encode);
    ui.signIn("Contoso Cloud Services", "AdminAgent");
    ui.go("#/customers/" + c[0] + "/recommendations");
    ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#benefit-comparison table tbody tr")));
    WebElement table = ui.find("#benefit-comparison table");
    assertEquals(options.size(), table.findElements(By.cssSelector("tbody tr")).size(), table.getText());
    for (int i = 0; i < options.size(); i++) {
      JsonObject o = options.getJsonObject(i);
      assertTrue(table.getText().contains(usd(new BigDecimal(o.getValue("totalCost").toString()))), o.encode() + " in " + table.getText());
    }
    if (expected.getString("bestOption") != null) {
      assertTrue(table.getText().contains("cheapest"), table.getText());
    }
    assertTrue(ui.find("#benefit-comparison").getText().contains(usd(new BigDecimal(expected.getValue("costWithoutBenefit").toString()))));
    ui.shot("changes-06-benefit-comparison");
    ui.atPhoneWidth("changes-recommendations");
  }
}
