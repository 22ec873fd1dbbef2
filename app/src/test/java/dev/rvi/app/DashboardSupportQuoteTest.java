package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The support console shows what approving an open request would refund or credit (issue #28), in headless Chromium
 * against the real platform: the request's detail and the Approve dialog name the amount the partner's calculate-refund
 * gives that day, and the partner, before anything is carried out; an exchange's dialog names its credit. Screenshots
 * under target/screenshots (quote-*).
 */
class DashboardSupportQuoteTest {
  private static final String OPERATOR = "The operator (support agents, operations)";
  private static DashboardBrowser ui;
  private static Shop contoso;
  private static String agent;

  @BeforeAll
  static void start() {
    ui = DashboardBrowser.start();
    contoso = new Shop(ui.platform, ui.platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    agent = ui.platform.token("operator", "SupportAgent");
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

  private static String file(String customer, String body) {
    TestPlatform.Reply filed = ui.platform.post("/v1/customers/" + customer + "/supportRequests", contoso.token, body);
    assertEquals(201, filed.status(), filed::toString);
    return filed.json().getString("id");
  }

  private static String dialog() {
    return ui.find("#confirm-dialog").getText();
  }

  @Test
  void theApproveDialogNamesTheRefundBeforeApproving() {
    String[] c = contoso.newCustomer("browser-quote-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D4s_v5", "westus2", "P1Y"), 2, "P1Y", "Shared");
    ui.platform.moveClockBy(Duration.ofDays(40));
    String request = file(c[0], SupportFlowTest.filing(reservation, "refund", 1));
    BigDecimal refund = Shop.amount(contoso.calculateRefund(c[0], reservation, 1).json(), "billingRefundAmount");
    BigDecimal fee = Shop.amount(contoso.calculateRefund(c[0], reservation, 1).json(), "fee");
    assertTrue(refund.signum() > 0 && fee.signum() > 0, "a refund after the grace days, less a fee");

    ui.signIn(OPERATOR, "SupportAgent", "agent@operator.example");
    ui.go("#/console/" + request);
    ui.seeIn("#request-quote", DashboardBrowser.usd(refund));
    assertTrue(ui.find("#request-quote").getText().contains("early termination fee " + DashboardBrowser.usd(fee)),
        ui.find("#request-quote").getText());
    ui.click("#do-assign");
    ui.seeIn("#request-result", "Done");
    ui.click("#do-approve");
    String asked = dialog();
    assertTrue(ui.find("#confirm-title").getText().equals("Approve: refund " + DashboardBrowser.usd(refund) + " to Contoso Cloud Services?"),
        ui.find("#confirm-title").getText());
    assertTrue(asked.contains("Refund now\n" + DashboardBrowser.usd(refund)), asked);
    assertEquals("Approve: refund " + DashboardBrowser.usd(refund), ui.find("#confirm-accept").getText());
    ui.shot("quote-01-approve-refund");
    ui.atPhoneWidth("quote-01-approve-refund");
    assertEquals("inProgress", ui.platform.get("/v1/supportRequests/" + request, agent).json().getString("status"), "nothing done yet");

    ui.click("#confirm-accept");
    ui.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "completed"));
    JsonObject done = ui.platform.get("/v1/supportRequests/" + request, agent).json();
    assertEquals(0, refund.compareTo(Shop.amount(done.getJsonObject("result"), "billingRefundAmount")), done::toString);
  }

  @Test
  void anExchangesDialogNamesItsCredit() {
    String[] c = contoso.newCustomer("browser-quote-x-" + System.nanoTime() + ".example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    ui.platform.moveClockBy(Duration.ofDays(20));
    String request = file(c[0], new JsonObject(SupportFlowTest.filing(reservation, "exchange", null)).put("exchangeTarget", new JsonObject()
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", contoso.item("Standard_D8s_v5", "eastus", "P1Y"))
            .put("quantity", 1).put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("subscriptionId", c[1])
                .put("scope", "Shared"))))).encode());
    JsonObject quote = ui.platform.get("/v1/supportRequests/" + request, agent).json().getJsonObject("quote");
    String credit = DashboardBrowser.usd(Shop.amount(quote, "credit"));

    ui.signIn(OPERATOR, "SupportAgent", "agent@operator.example");
    ui.go("#/console/" + request);
    ui.seeIn("#request-quote", credit + " toward the new purchase of " + DashboardBrowser.usd(Shop.amount(quote, "newPurchasePrice")));
    ui.click("#do-assign");
    ui.seeIn("#request-result", "Done");
    ui.click("#do-approve");
    String asked = dialog();
    assertEquals("Approve: exchange, credit " + credit + " to Contoso Cloud Services?", ui.find("#confirm-title").getText());
    assertTrue(asked.contains("Credit now\n" + credit), asked);
    ui.shot("quote-02-approve-exchange");
    ui.click("#confirm-cancel");
    ui.find("#not-done");
    assertEquals("inProgress", ui.platform.get("/v1/supportRequests/" + request, agent).json().getString("status"), "cancelled: not approved");
  }
}
