package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Savings plans priced by the lists: a provider (Fabrikam) at +8 %, +5 % on savings plans, and its reseller (Northwind) at
 * +15 %. A plan's total at each tier is its list's percent on the tier below's total, rounded once to the cent; its
 * payments at each tier split that total by the cent rule; a trade-in and a renewal take the lists in force on their day.
 */
class SavingsPlanTierTest {
  private static final String ONE_YEAR = "DZH318Z09V6F:0001:DZH318Z0BLD3";
  private static TestPlatform platform;
  private static String fabrikam;
  private static String northwind;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D4s_v5", "westus3", "Reservation", "1 Year", "1000.00", platform.clock.instant().minus(Duration.ofDays(1)));
    fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    assign(fabrikam, new JsonArray().add(rule("8")).add(rule("5").put("productKind", "savingsPlan")), today(), null);
    assign(northwind, new JsonArray().add(rule("15")), today(), null);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String today() {
    return LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC).toString();
  }

  private static JsonObject rule(String percent) {
    return new JsonObject().put("percent", new BigDecimal(percent));
  }

  private static void assign(String token, JsonArray rules, String from, String to) {
    TestPlatform.Reply list = platform.post("/v1/priceLists", token, new JsonObject().put("name", "list " + rules.encode().hashCode() + from)
        .put("currency", "USD").put("rules", rules).encode());
    assertEquals(201, list.status(), list::toString);
    TestPlatform.Reply assigned = platform.post("/v1/priceLists/" + list.json().getString("id") + "/assignments", token,
        new JsonObject().put("effectiveFrom", from).put("effectiveTo", to).encode());
    assertEquals(201, assigned.status(), assigned::toString);
  }

  private static void assertMoney(String expected, JsonObject json, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(json.getValue(field).toString())), () -> field + " of " + json.encode());
  }

  private static JsonObject planLine(String subscription, Object hourly, String billingPlan) {
    return new JsonObject().put("id", 0).put("catalogItemId", ONE_YEAR).put("quantity", 1).put("termDuration", "P1Y")
        .put("billingPlan", billingPlan)
        .put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", subscription))
        .put("purchaseCommitment", new JsonObject().put("amount", hourly).put("grain", "hourly").put("currency", "USD"));
  }

  private static String buy(Shop shop, String customer, JsonObject line) {
    TestPlatform.Reply bought = shop.buy(customer, null, line);
    assertEquals(201, bought.status(), bought::toString);
    return bought.json().getJsonArray("orders").getJsonObject(0).getString("id");
  }

  /** The order's only line as the viewer reads it. */
  private static JsonObject line(String customer, String orderId, String token) {
    TestPlatform.Reply order = platform.get("/v1/customers/" + customer + "/orders/" + orderId, token);
    assertEquals(200, order.status(), order::toString);
    return order.json().getJsonArray("lineItems").getJsonObject(0);
  }

  /** The amounts of one order's lines on this month's statement the token's partner issued to the buyer. */
  private static List<BigDecimal> statementAmounts(String token, String buyerId, String orderId) {
    List<JsonObject> issued = platform.get("/v1/statements?month=" + YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC))
        + "&side=issued", token).items();
    JsonObject summary = issued.stream().filter(s -> s.getJsonObject("buyer").getString("id").equals(buyerId)).findFirst()
        .orElseThrow(() -> new AssertionError("a statement to " + buyerId + ": " + issued));
    JsonArray lines = platform.get("/v1/statements/" + summary.getString("id"), token).json().getJsonArray("lines");
    return lines.stream().map(JsonObject.class::cast).filter(l -> orderId.equals(l.getString("orderId")))
        .map(l -> new BigDecimal(l.getValue("amount").toString())).toList();
  }

  @Test
  void aPlanIsSoldAtEachTiersPercentAndPaidAtItsOwnTotal() throws InterruptedException {
    Shop shop = new Shop(platform, fabrikam);
    String datum = DemoCustomers.DATUM.id();
    String subscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    // 0.123 an hour for a year is Microsoft's 1,077.48; the provider's 1,077.48 × 1.05 = 1,131.354 → 1,131.35 (its savings
    // plan rule, more specific than its +8 %); the reseller's 1,131.35 × 1.15 = 1,301.0525 → 1,301.05.
    String upfront = buy(shop, datum, planLine(subscription, "0.123", "Upfront"));
    JsonObject asProvider = line(datum, upfront, fabrikam).getJsonObject("prices");
    assertMoney("1077.48", asProvider, "cost");
    assertMoney("1131.35", asProvider, "price");
    assertMoney("1301.05", asProvider, "customerPrice");
    JsonObject asReseller = line(datum, upfront, northwind);
    assertMoney("1131.35", asReseller, "unitPrice");
    assertMoney("1131.35", asReseller.getJsonObject("prices"), "cost");
    assertMoney("1301.05", asReseller.getJsonObject("prices"), "price");
    assertTrue(!asReseller.encode().contains("1077.48"), () -> "a reseller never sees Microsoft's price: " + asReseller.encode());

    // Monthly, 0.1 an hour: 876.00 → 919.80 → 1,057.77, each split in 12 by the cent rule: 73.00, 76.65, 88.14 a month.
    String monthly = buy(shop, datum, planLine(subscription, "0.1", "Monthly"));
    Eventually.await(() -> statementAmounts(northwind, datum, monthly).size() == 1, "the first payment reaches billing");
    assertEquals(0, new BigDecimal("76.65").compareTo(statementAmounts(fabrikam, DemoData.NORTHWIND.id(), monthly).get(0)));
    assertEquals(0, new BigDecimal("88.14").compareTo(statementAmounts(northwind, datum, monthly).get(0)));
    assertEquals(0, new BigDecimal("1131.35").compareTo(statementAmounts(fabrikam, DemoData.NORTHWIND.id(), upfront).get(0)));
    assertEquals(0, new BigDecimal("1301.05").compareTo(statementAmounts(northwind, datum, upfront).get(0)));
  }

  @Test
  void aTradeInBuysThePlanAtTheTiersOfTheReturnedReservation() {
    Shop shop = new Shop(platform, fabrikam);
    String datum = DemoCustomers.DATUM.id();
    String subscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    JsonObject reservation = shop.reservation(datum, subscription, shop.item("Standard_D4s_v5", "westus3", "P1Y"), 1, "P1Y", "Shared");
    JsonObject plan = new JsonObject().put("term", "P1Y").put("billingPlan", "Upfront").put("appliedScopeType", "Shared")
        .put("subscriptionId", subscription).put("commitment", new JsonObject().put("amount", 0.2).put("currencyCode", "USD").put("grain", "Hourly"));
    String body = new JsonObject().put("reservationsToReturn", new JsonArray().add(new JsonObject()
        .put("reservationId", reservation.getString("id")).put("quantity", 1))).put("savingsPlan", plan).encode();
    TestPlatform.Reply quote = platform.post("/v1/customers/" + datum + "/calculateTradeIn", fabrikam, body);
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = platform.post("/v1/customers/" + datum + "/tradeIn", fabrikam,
        new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode());
    assertEquals(200, done.status(), done::toString);
    String orderId = done.json().getJsonObject("savingsPlan").getString("orderId");
    // 0.2 an hour for a year: 1,752.00 → 1,839.60 → 2,115.54.
    JsonObject prices = line(datum, orderId, fabrikam).getJsonObject("prices");
    assertMoney("1752.00", prices, "cost");
    assertMoney("1839.60", prices, "price");
    assertMoney("2115.54", prices, "customerPrice");
  }

  @Test
  void aRenewedPlanTakesTheListsInForceOnItsDay() {
    String contoso = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    Shop shop = new Shop(platform, contoso);
    String[] c = shop.newCustomer("plan-tier-renewal.example", "US");
    String first = buy(shop, c[0], planLine(c[1], "0.123", "Upfront"));
    assertTrue(!line(c[0], first, contoso).containsKey("prices"), "no list was in force at the purchase");
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", contoso).items().get(0);
    assertEquals(200, platform.patch("/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id"), contoso, "{\"renew\":true}").status());
    Instant expiry = Instant.parse(plan.getString("expiryDateTime"));
    String expiryDay = LocalDate.ofInstant(expiry, ZoneOffset.UTC).toString();
    assign(contoso, new JsonArray().add(rule("10")), today(), expiryDay);
    assign(contoso, new JsonArray().add(rule("20")), expiryDay, null);

    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));
    List<JsonObject> orders = platform.get("/v1/customers/" + c[0] + "/orders", contoso).items();
    assertEquals(2, orders.size(), () -> "bought and renewed: " + orders);
    JsonObject renewed = orders.stream().map(o -> o.getJsonArray("lineItems").getJsonObject(0)).filter(l -> l.containsKey("prices"))
        .findFirst().orElseThrow(() -> new AssertionError("the renewal keeps its tier prices: " + orders));
    // 1,077.48 × 1.20 = 1,292.976 → 1,292.98.
    assertMoney("1077.48", renewed.getJsonObject("prices"), "cost");
    assertMoney("1292.98", renewed.getJsonObject("prices"), "price");
  }

  @Test
  void aListMayNotFixThePriceOfASavingsPlan() {
    TestPlatform.Reply refused = platform.post("/v1/priceLists", fabrikam, new JsonObject().put("name", "fixed plan").put("currency", "USD")
        .put("rules", new JsonArray())
        .put("fixedPrices", new JsonArray().add(new JsonObject().put("catalogItemId", ONE_YEAR).put("price", "100"))).encode());
    assertRefused(refused, 400);
    assertTrue(refused.body().contains("fixedPrices[0].catalogItemId"), refused::toString);
  }
}
