package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.Address;
import dev.rvi.order.OrderService;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A support agent reading an open request sees what approving it would refund or credit now: the partner's own
 * calculate-refund or calculate-exchange figure for the same reservation and day, and without the order service the
 * request is still answered, saying why it has no quote.
 */
// The clock only moves forward: the worked refund figure is the first test's.
@TestMethodOrder(MethodOrderer.MethodName.class)
class SupportQuoteTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static String agent;
  private static String d16;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", platform.clock.instant().minus(Duration.ofDays(1)));
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    agent = platform.token("operator", "SupportAgent");
    d16 = contoso.item("Standard_D16s_v5", "eastus", "P1Y");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static String file(String customer, String body) {
    TestPlatform.Reply filed = platform.post("/v1/customers/" + customer + "/supportRequests", contoso.token, body);
    assertEquals(201, filed.status(), filed::toString);
    return filed.json().getString("id");
  }

  private static JsonObject asAgent(String id) {
    TestPlatform.Reply read = platform.get("/v1/supportRequests/" + id, agent);
    assertEquals(200, read.status(), read::toString);
    return read.json();
  }

  @Test
  void aRefundRequestShowsWhatThePartnersCalculateRefundGivesThatDay() {
    String[] c = contoso.newCustomer("quote-refund.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], d16, 2, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(100).plusHours(1));
    String id = file(c[0], SupportFlowTest.filing(reservation, "refund", 1));

    JsonObject filed = asAgent(id);
    assertEquals("new", filed.getString("status"));
    JsonObject quote = filed.getJsonObject("quote");
    assertNotNull(quote, filed::toString);
    assertNull(filed.getValue("quoteAbsent"));
    // 3,650 x (365 - 100) / 365 = 2,650.00; fee 12 % = 318.00; refund 2,332.00 for the one instance asked
    assertMoney("2332.00", Shop.amount(quote, "refundAmount"));
    assertMoney("318.00", Shop.amount(quote, "fee"));
    assertEquals("USD", quote.getJsonObject("refundAmount").getString("currencyCode"));
    assertEquals(1, quote.getInteger("quantity"));
    assertEquals("refund", quote.getString("requestedAction"));
    assertEquals(0, quote.getJsonArray("policyErrors").size());
    assertNull(quote.getValue("credit"));
    JsonObject partners = contoso.calculateRefund(c[0], reservation, 1).json();
    assertMoney(Shop.amount(partners, "billingRefundAmount").toPlainString(), Shop.amount(quote, "refundAmount"));
    assertMoney(Shop.amount(partners, "fee").toPlainString(), Shop.amount(quote, "fee"));

    // A later day quotes that day's figure, as the partner's calculation does.
    platform.moveClockBy(Duration.ofDays(73));
    platform.post("/v1/supportRequests/" + id + "/assign", agent, "");
    JsonObject later = asAgent(id).getJsonObject("quote");
    JsonObject partnersLater = contoso.calculateRefund(c[0], reservation, 1).json();
    assertMoney(Shop.amount(partnersLater, "billingRefundAmount").toPlainString(), Shop.amount(later, "refundAmount"));
    assertMoney(Shop.amount(partnersLater, "fee").toPlainString(), Shop.amount(later, "fee"));
    assertTrue(Shop.amount(later, "refundAmount").compareTo(new BigDecimal("2332.00")) < 0, later::toString);

    // Approval carries out the figure shown.
    TestPlatform.Reply approved = platform.post("/v1/supportRequests/" + id + "/approve", agent, "");
    assertEquals("completed", approved.json().getString("status"), approved::toString);
    assertMoney(Shop.amount(later, "refundAmount").toPlainString(), Shop.amount(approved.json().getJsonObject("result"), "billingRefundAmount"));
    JsonObject done = asAgent(id);
    assertNull(done.getValue("quote"));
    assertTrue(done.getString("quoteAbsent").contains("completed"), done::toString);
  }

  @Test
  void anExchangeRequestShowsTheCreditAndTheNewPurchasesPrice() {
    String[] c = contoso.newCustomer("quote-exchange.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(73).plusHours(1));
    JsonArray purchases = new JsonArray().add(new JsonObject().put("catalogItemId", contoso.item("Standard_D4s_v5", "eastus", "P1Y"))
        .put("quantity", 1).put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("subscriptionId", c[1]).put("scope", "Shared")));
    String id = file(c[0], new JsonObject(SupportFlowTest.filing(reservation, "exchange", 2))
        .put("exchangeTarget", new JsonObject().put("reservationsToPurchase", purchases)).encode());

    JsonObject quote = asAgent(id).getJsonObject("quote");
    assertNotNull(quote);
    // One D4s_v5 for a year: 0.192/h x 8760 x 0.59 = 992.33; the two D2s_v5 give back their unused value, no fee.
    assertMoney("992.33", Shop.amount(quote, "newPurchasePrice"));
    assertTrue(Shop.amount(quote, "credit").compareTo(new BigDecimal("700")) > 0
        && Shop.amount(quote, "credit").compareTo(new BigDecimal("900")) < 0, quote::toString);
    assertNull(quote.getValue("refundAmount"));
    assertEquals("exchange", quote.getString("requestedAction"));
    assertEquals(2, quote.getInteger("quantity"));
    JsonObject partners = platform.post("/v1/customers/" + c[0] + "/calculateExchange", contoso.token, new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", reservation.getString("id")).put("quantity", 2)))
        .put("reservationsToPurchase", purchases).encode()).json();
    assertMoney(Shop.amount(partners, "refundsTotal").toPlainString(), Shop.amount(quote, "credit"));
    assertMoney(Shop.amount(partners, "purchasesTotal").toPlainString(), Shop.amount(quote, "newPurchasePrice"));
  }

  @Test
  void partnersReadNoQuoteAndCannotReadTheAgentsView() {
    String[] c = contoso.newCustomer("quote-partner.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], d16, 1, "P1Y", "Shared");
    String id = file(c[0], SupportFlowTest.filing(reservation, "refund", null));
    assertRefused(platform.get("/v1/supportRequests/" + id, contoso.token), 403);
    assertRefused(platform.get("/v1/supportRequests/" + id, platform.token(DemoData.CONTOSO.id(), "HelpdeskAgent")), 403);
    // A support agent's role in a partner's tenant is not the operator's support desk.
    assertRefused(platform.get("/v1/supportRequests/" + id, platform.token(DemoData.CONTOSO.id(), "SupportAgent")), 403);
    JsonObject own = platform.get("/v1/customers/" + c[0] + "/supportRequests/" + id, contoso.token).json();
    assertFalse(own.containsKey("quote"), own::toString);
    // The queue's rows are not quoted one by one.
    assertTrue(platform.get("/v1/supportRequests?status=new", agent).items().stream().noneMatch(r -> r.containsKey("quote")));
  }

  @Test
  void withoutAnAnswerFromTheOrderServiceTheRequestIsAnsweredWithoutAQuote() throws Exception {
    String[] c = contoso.newCustomer("quote-silent.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], d16, 1, "P1Y", "Shared");
    String id = file(c[0], SupportFlowTest.filing(reservation, "refund", null));

    platform.platform.stopService("orders").toCompletionStage().toCompletableFuture().join();
    // Something on the order address that never answers: the quote's ask times out.
    MessageConsumer<Object> silent = platform.vertx.eventBus().consumer(Address.ORDER, message -> { });
    try {
      JsonObject read = asAgent(id);
      assertEquals("new", read.getString("status"));
      assertNull(read.getValue("quote"));
      assertTrue(read.getString("quoteAbsent").contains("did not answer"), read::toString);
      assertEquals(1, read.getJsonArray("history").size());
    } finally {
      silent.unregister().await(30, TimeUnit.SECONDS);
      platform.platform.startService(new OrderService(), platform.options).toCompletionStage().toCompletableFuture().join();
    }
    assertNotNull(asAgent(id).getJsonObject("quote"), "quoted again once the order service is back");
  }
}
