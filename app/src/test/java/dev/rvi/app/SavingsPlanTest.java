package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.reservation.ExchangeEligibility;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Savings plans for compute through HTTP, with the exchange cutover configured for tomorrow. Numbers by hand: a plan of
 * 0.05 USD an hour for a year costs 0.05 x 8,760 = 438.00; two Standard_D2s_v5 East US P1Y at 496.17 (992.34) traded in
 * on day 73 are credited 992.34 x 292 / 365 = 793.87, which a one-year plan covers from 793.87 / 8,760 = 0.0906...,
 * rounded up to the 0.001 step: 0.091 an hour (0.091 x 8,760 = 797.16).
 */
class SavingsPlanTest {
  private static final String ONE_YEAR = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    LocalDate cutover = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    platform = TestPlatform.startWithServices(true, s -> s.withExchangeEligibility(new ExchangeEligibility(cutover, ExchangeEligibility.DEFAULT.kinds())));
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), () -> "expected " + expected + " but was " + actual);
  }

  /** Partner Center's savings-plan line: shared scope with the billing subscription, the commitment beside the context. */
  private static JsonObject planLine(String subscription, Object amount, String currency) {
    return new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR).put("quantity", 1).put("billingCycle", "one_time")
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", subscription))
        .put("purchaseCommitment", new JsonObject().put("amount", amount).put("grain", "hourly").put("currency", currency));
  }

  private static String cart(JsonObject line) {
    return new JsonObject().put("lineItems", new JsonArray().add(line)).encode();
  }

  private JsonObject buyPlan(String customer, String subscription, Object amount) {
    TestPlatform.Reply bought = shop.buy(customer, null, planLine(subscription, amount, "usd"));
    assertEquals(201, bought.status(), bought::toString);
    return bought.json().getJsonArray("orders").getJsonObject(0);
  }

  @Test
  void aSavingsPlanIsBoughtThroughTheCartAndManaged() {
    String[] c = shop.newCustomer("plan-a.example", "US");
    JsonObject order = buyPlan(c[0], c[1], 0.05);
    JsonObject line = order.getJsonArray("lineItems").getJsonObject(0);
    assertEquals(ONE_YEAR, line.getString("offerId"));
    assertMoney("438.00", order.getValue("totalPrice"));
    assertMoney("0.05", line.getJsonObject("purchaseCommitment").getValue("amount"));
    assertEquals("Hourly", line.getJsonObject("purchaseCommitment").getString("grain"));
    assertEquals("benefit", line.getString("billingType"));
    JsonObject readBack = platform.get("/v1/customers/" + c[0] + "/orders/" + order.getString("id"), shop.token).json();
    assertEquals(order.getJsonArray("lineItems"), readBack.getJsonArray("lineItems"), "the order reads back as it was answered");

    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items();
    assertEquals(1, plans.size());
    JsonObject plan = plans.get(0);
    assertEquals("Shared", plan.getString("appliedScopeType"));
    assertEquals("P1Y", plan.getString("term"));
    assertEquals("Upfront", plan.getString("billingPlan"));
    assertMoney("0.05", plan.getJsonObject("commitment").getValue("amount"));
    assertEquals("USD", plan.getJsonObject("commitment").getString("currencyCode"));
    assertMoney("438.00", plan.getJsonObject("totalCommitment").getValue("amount"));
    assertEquals(line.getString("reservationOrderId"), plan.getString("savingsPlanOrderId"));
    String path = "/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id");

    TestPlatform.Reply renamed = platform.patch(path, shop.token, new JsonObject().put("properties", new JsonObject()
        .put("displayName", "compute-base").put("appliedScopeType", "Single")
        .put("appliedScopeProperties", new JsonObject().put("subscriptionId", "/subscriptions/" + c[1])).put("renew", true)).encode());
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals("compute-base", renamed.json().getString("displayName"));
    assertEquals("Single", renamed.json().getString("appliedScopeType"));
    assertTrue(renamed.json().getBoolean("renew"));
    assertEquals(renamed.json(), platform.get(path, shop.token).json());

    for (String refused : List.of("cancel", "return", "exchange")) {
      TestPlatform.Reply no = platform.post(path + "/" + refused, shop.token, "{}");
      assertRefused(no, 400);
      assertTrue(no.body().contains("savings plan purchases are final"), no::toString);
    }
    assertEquals("compute-base", platform.get(path, shop.token).json().getString("displayName"), "a refusal changes nothing");

    String other = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.get(path, other), 404);
    assertRefused(platform.patch(path, other, "{\"renew\":false}"), 404);
    assertRefused(platform.post(path + "/cancel", other, "{}"), 404);
    assertRefused(platform.patch(path, shop.token, "{}"), 400);
    assertRefused(platform.patch(path, shop.token, "{\"appliedScopeType\":\"Everywhere\"}"), 400);
  }

  @Test
  void aPurchaseOutsideTheRulesIsRefusedAndBuysNothing() {
    String[] c = shop.newCustomer("plan-b.example", "US");
    String path = "/v1/customers/" + c[0] + "/carts";
    // Cart lines that cannot be read at all.
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], 0.05, "usd").put("quantity", 2))), 400);
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], 0.05, "usd").put("purchaseCommitment",
        new JsonObject().put("amount", 0.05).put("grain", "daily").put("currency", "usd")))), 400);
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], 0.05, "usd").put("purchaseCommitment", null))), 400);
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], -1, "usd"))), 400);
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], "lots", "usd"))), 400);
    assertRefused(platform.post(path, shop.token, cart(planLine(c[1], "1000000.001", "usd"))), 400);
    JsonObject reservationLine = Shop.line(0, shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", c[1], "Shared")
        .put("purchaseCommitment", new JsonObject().put("amount", 1).put("currency", "usd"));
    assertRefused(platform.post(path, shop.token, cart(reservationLine)), 400);

    // Lines the catalog's rules refuse: the cart keeps each line's reason, and checkout buys nothing.
    for (JsonObject line : List.of(planLine(c[1], "0.0005", "usd"), planLine(c[1], "0.0015", "usd"), planLine(c[1], 0.05, "eur"),
        planLine(c[1], 0.05, "usd").put("termDuration", "P3Y"), planLine("no-such-subscription", 0.05, "usd"))) {
      TestPlatform.Reply created = platform.post(path, shop.token, cart(line));
      assertEquals(201, created.status(), created::toString);
      JsonObject error = Shop.lineError(created, 0);
      assertTrue(error != null, () -> line.encode() + " " + created);
      assertRefused(shop.checkout(c[0], created.json().getString("id")), 400);
    }
    assertTrue(Shop.lineError(platform.post(path, shop.token, cart(planLine(c[1], "0.0005", "usd"))), 0).getString("errorDescription")
        .contains("minimum hourly commitment of 0.001 USD"));
    assertEquals(0, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size());

    // A role that may not buy.
    assertRefused(platform.post(path, platform.token(DemoData.CONTOSO.id(), "BillingAdmin"), cart(planLine(c[1], 0.05, "usd"))), 403);
  }

  private static String tradeIn(JsonObject reservation, String subscription, Object hourly) {
    JsonObject plan = new JsonObject().put("term", "P1Y").put("billingPlan", "Upfront").put("appliedScopeType", "Shared")
        .put("subscriptionId", subscription);
    if (hourly != null) {
      plan.put("commitment", new JsonObject().put("amount", hourly).put("currencyCode", "USD").put("grain", "Hourly"));
    }
    return new JsonObject().put("reservationsToReturn", new JsonArray().add(new JsonObject()
        .put("reservationId", reservation.getString("id")).put("quantity", 2))).put("savingsPlan", plan).encode();
  }

  @Test
  void aReservationIsTradedInForASavingsPlanOnce() {
    String[] c = shop.newCustomer("plan-c.example", "US");
    JsonObject old = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(73).plusHours(1));
    String calculate = "/v1/customers/" + c[0] + "/calculateTradeIn";

    TestPlatform.Reply tooSmall = platform.post(calculate, shop.token, tradeIn(old, c[1], 0.09));
    assertRefused(tooSmall, 400);
    assertTrue(tooSmall.body().contains("at least 0.091 USD an hour"), tooSmall::toString);

    assertRefused(platform.post(calculate, shop.token, tradeIn(old, c[1], "99999999999999")), 400);
    assertRefused(platform.post(calculate, shop.token, new JsonObject(tradeIn(old, c[1], null)).put("savingsPlan",
        new JsonObject().put("term", "P1Y").put("subscriptionId", c[1]).put("appliedScopeType", "")).encode()), 400);
    TestPlatform.Reply quote = platform.post(calculate, shop.token, tradeIn(old, c[1], null));
    assertEquals(200, quote.status(), quote::toString);
    assertMoney("793.87", quote.json().getJsonObject("credit").getValue("amount"));
    assertMoney("0.091", quote.json().getValue("minimumHourlyCommitment"));
    assertMoney("797.16", quote.json().getJsonObject("totalCommitment").getValue("amount"));
    assertMoney("3.29", quote.json().getJsonObject("netPayable").getValue("amount"));

    String session = new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode();
    TestPlatform.Reply done = platform.post("/v1/customers/" + c[0] + "/tradeIn", shop.token, session);
    assertEquals(200, done.status(), done::toString);
    assertEquals(done.json(), platform.post("/v1/customers/" + c[0] + "/tradeIn", shop.token, session).json(), "once");

    JsonObject returned = platform.get(Shop.path(c[0], old), shop.token).json();
    assertEquals(0, returned.getInteger("quantity"));
    JsonObject plan = done.json().getJsonObject("savingsPlan");
    assertEquals(new JsonArray().add(old.getString("id")), plan.getJsonArray("tradedInReservations"));
    assertMoney("0.091", plan.getJsonObject("commitment").getValue("amount"));
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size());
    // A trade-in's credit does not count against the refund limit.
    JsonObject limit = platform.get("/v1/customers/" + c[0] + "/refundLimit", shop.token).json();
    assertMoney("0", limit.getJsonObject("consumedRefundsTotal").getValue("amount"));
    // The invoice of the month shows the credit and the new plan's charge (customer ids are this test's alone).
    YearMonth month = YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC));
    String invoice = String.format("/v1/invoices/OT-%04d%02d-USD/lineitems?provider=onetime&size=1000", month.getYear(), month.getMonthValue());
    List<JsonObject> lines = platform.get(invoice, platform.token(DemoData.CONTOSO.id(), "BillingAdmin")).items().stream()
        .filter(l -> c[0].equals(l.getString("customerId"))).toList();
    assertTrue(lines.stream().anyMatch(l -> "tradeIn".equals(l.getString("chargeType"))
        && new BigDecimal("-793.87").compareTo(new BigDecimal(l.getValue("subtotal").toString())) == 0), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> "purchase".equals(l.getString("chargeType"))
        && new BigDecimal("797.16").compareTo(new BigDecimal(l.getValue("subtotal").toString())) == 0), lines::toString);
    // Nothing left to trade in.
    assertRefused(platform.post(calculate, shop.token, tradeIn(old, c[1], null)), 400);
  }

  @Test
  void aReservationTooNewToExchangeIsPointedToTradeIn() {
    String[] c = shop.newCustomer("plan-d.example", "US");
    platform.moveClockBy(Duration.ofDays(2));
    String d2 = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    JsonObject after = shop.reservation(c[0], c[1], d2, 2, "P1Y", "Shared");
    assertEquals("notExchangeable", after.getString("exchangeEligibility"));
    String exchange = new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", after.getString("id")).put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", d2).put("quantity", 1)
            .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("subscriptionId", c[1]).put("scope", "Shared"))))
        .encode();
    TestPlatform.Reply refused = platform.post("/v1/customers/" + c[0] + "/calculateExchange", shop.token, exchange);
    assertRefused(refused, 400);
    assertTrue(refused.body().contains("calculateTradeIn"), refused::toString);
    // The same through Azure's path, in ARM's error shape.
    String arm = new JsonObject().put("properties", new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", "/providers/Microsoft.Capacity/reservationOrders/"
            + after.getString("reservationOrderId") + "/reservations/" + after.getString("id")).put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("sku", new JsonObject().put("name", "Standard_D2s_v5"))
            .put("location", "eastus").put("properties", new JsonObject().put("term", "P1Y").put("quantity", 1)
                .put("billingScopeId", "/subscriptions/" + c[1]).put("appliedScopeType", "Shared"))))).encode();
    TestPlatform.Reply armRefused = platform.post("/providers/Microsoft.Capacity/calculateExchange?api-version=2022-11-01", shop.token, arm);
    assertTrue(ErrorShape.assertArmRefused(armRefused, 400, "BadRequest").getString("message").contains("calculateTradeIn"), armRefused::toString);
    TestPlatform.Reply quote = platform.post("/v1/customers/" + c[0] + "/calculateTradeIn", shop.token, tradeIn(after, c[1], null));
    assertEquals(200, quote.status(), quote::toString);

    String other = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    assertRefused(platform.post("/v1/customers/" + c[0] + "/calculateTradeIn", other, tradeIn(after, c[1], null)), 404);
    assertRefused(platform.post("/v1/customers/" + c[0] + "/tradeIn", shop.token, "{\"sessionId\":\"no-such-session\"}"), 404);
  }
}
