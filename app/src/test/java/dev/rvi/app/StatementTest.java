package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A month of a provider (Fabrikam, +8 % to its reseller) and its reseller (Northwind, +15 % to its customer Datum): two
 * 3-year D4s_v5 bought upfront, one paid monthly, one bought and exchanged the same day into a D8s_v5, and ten days later
 * one of the two first returned. The provider's statement to the reseller, the reseller's invoice to its customer and both margin
 * reports reconcile to the cent with each other and with Microsoft's invoice to the provider (the worked figures are in
 * docs/business-rules.md, "Statements and margins").
 */
class StatementTest {
  private static TestPlatform platform;
  private static YearMonth month;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D4s_v5", "westus3", "Reservation", "3 Years", "2345.67", platform.clock.instant().minus(Duration.ofDays(1)));
    platform.loadPrice("Standard_D8s_v5", "westus3", "Reservation", "3 Years", "4691.34", platform.clock.instant().minus(Duration.ofDays(1)));
    PriceListsInForce.markup(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "Resellers +8", "8");
    PriceListsInForce.markup(platform, platform.token(DemoData.NORTHWIND.id(), "AdminAgent"), "Customers +15", "15");
    // The month under test is next month, from its 10th on: nothing of the demo data is in it, and no step crosses into the one after.
    LocalDate tenth = YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC)).plusMonths(1).atDay(10);
    month = YearMonth.from(tenth);
    platform.moveClockBy(Duration.between(platform.clock.instant(), tenth.atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static BigDecimal money(JsonObject json, String field) {
    return new BigDecimal(json.getValue(field).toString());
  }

  private static void assertMoney(String expected, JsonObject json, String field) {
    assertEquals(0, new BigDecimal(expected).compareTo(money(json, field)), () -> field + " of " + json.encode());
  }

  /** Microsoft's refund rule at a tier's price, after the grace period: prorated by days (half up to the cent), less 12 % of that. */
  private static BigDecimal refund(String value, int daysTotal) {
    BigDecimal remaining = new BigDecimal(value).multiply(BigDecimal.valueOf(daysTotal - 10))
        .divide(BigDecimal.valueOf(daysTotal), 2, RoundingMode.HALF_UP);
    return remaining.subtract(remaining.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP));
  }

  private static List<JsonObject> statements(String token, String side) {
    TestPlatform.Reply list = platform.get("/v1/statements?month=" + month + "&side=" + side, token);
    assertEquals(200, list.status(), list::toString);
    return list.items();
  }

  private static JsonObject usd(JsonObject margins) {
    JsonArray currencies = margins.getJsonArray("currencies");
    assertEquals(1, currencies.size(), margins::encode);
    assertEquals("USD", currencies.getJsonObject(0).getString("currency"));
    return currencies.getJsonObject(0);
  }

  @Test
  void aMonthOfStatementsAndMarginsReconcilesToTheCent() throws Exception {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    String fabrikamBilling = platform.token(DemoData.FABRIKAM.id(), "BillingAdmin");
    String northwind = platform.token(DemoData.NORTHWIND.id(), "BillingAdmin");
    Shop shop = new Shop(platform, fabrikam);
    String datum = DemoCustomers.DATUM.id();
    String subscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    String d4 = shop.item("Standard_D4s_v5", "westus3", "P3Y");
    JsonObject two = shop.reservation(datum, subscription, d4, 2, "P3Y", "Shared");
    shop.monthlyReservation(datum, subscription, d4, 1, "P3Y");
    JsonObject exchanged = shop.reservation(datum, subscription, d4, 1, "P3Y", "Shared");
    TestPlatform.Reply quote = platform.post("/v1/customers/" + datum + "/calculateExchange", fabrikam, new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", exchanged.getString("id")).put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", shop.item("Standard_D8s_v5", "westus3", "P3Y"))
            .put("quantity", 1).put("termDuration", "P3Y")
            .put("provisioningContext", new JsonObject().put("subscriptionId", subscription).put("scope", "Shared")))).encode());
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = platform.post("/v1/customers/" + datum + "/exchange", fabrikam,
        new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode());
    assertEquals(200, done.status(), done::toString);
    platform.moveClockBy(Duration.ofDays(10));
    TestPlatform.Reply refundQuote = shop.calculateRefund(datum, two, 1);
    assertEquals(10, refundQuote.json().getInteger("daysUsed"), refundQuote::toString);
    int days = refundQuote.json().getInteger("daysTotal");
    TestPlatform.Reply returned = shop.returnWith(datum, two, 1, refundQuote.json().getString("sessionId"));
    assertTrue(returned.status() == 200 || returned.status() == 201, returned::toString);

    // Six charges of Microsoft's reach billing through the outbox (three purchases, a payment, an exchange's credit and purchase, a refund).
    Eventually.await(() -> statements(northwind, "received").stream().mapToLong(s -> s.getLong("lineCount")).sum() == 6,
        "the month's charges reach billing");

    // The provider's statement to its reseller: 5,066.64 + 2,533.32 + 5,066.65 one-time, 70.37 monthly (2,533.32 / 36 down to the
    // cent), the exchanged reservation's 2,533.32 and the refund of one of the two (2,510.21 − 301.23 on a 1,096-day term) as credits.
    List<JsonObject> issued = statements(fabrikamBilling, "issued");
    assertEquals(1, issued.size(), issued::toString);
    JsonObject toReseller = issued.get(0);
    assertEquals("reseller", toReseller.getJsonObject("buyer").getString("kind"));
    assertEquals(DemoData.NORTHWIND.id(), toReseller.getJsonObject("buyer").getString("id"));
    assertMoney("12666.61", toReseller, "oneTime");
    assertMoney("70.37", toReseller, "monthly");
    assertEquals(0, new BigDecimal("-2533.32").subtract(refund("2533.32", days)).compareTo(money(toReseller, "credits")), toReseller::encode);
    if (days == 1096) {
      assertMoney("-4742.30", toReseller, "credits");
      assertMoney("7994.68", toReseller, "total");
    }
    // The reseller receives the same statement.
    List<JsonObject> received = statements(northwind, "received");
    assertEquals(List.of(toReseller.getString("id")), received.stream().map(s -> s.getString("id")).toList());
    assertEquals("received", received.get(0).getString("side"));
    assertEquals(0, money(received.get(0), "total").compareTo(money(toReseller, "total")));
    // The reseller's invoice to its customer: 5,826.64 + 2,913.32 + 5,826.65, 80.92, −2,913.32 − (2,886.74 − 346.41).
    List<JsonObject> toCustomers = statements(northwind, "issued");
    assertEquals(1, toCustomers.size(), toCustomers::toString);
    JsonObject toDatum = toCustomers.get(0);
    assertEquals("customer", toDatum.getJsonObject("buyer").getString("kind"));
    assertEquals("Datum Logistics", toDatum.getJsonObject("buyer").getString("name"));
    assertMoney("14566.61", toDatum, "oneTime");
    assertMoney("80.92", toDatum, "monthly");
    assertEquals(0, new BigDecimal("-2913.32").subtract(refund("2913.32", days)).compareTo(money(toDatum, "credits")), toDatum::encode);
    if (days == 1096) {
      assertMoney("-5453.65", toDatum, "credits");
      assertMoney("9193.88", toDatum, "total");
    }

    // A statement's lines add up to it, and its CSV has a record per line.
    JsonObject statement = platform.get("/v1/statements/" + toDatum.getString("id"), northwind).json();
    JsonArray lines = statement.getJsonArray("lines");
    assertEquals(6, lines.size(), statement::encode);
    BigDecimal sum = lines.stream().map(l -> money((JsonObject) l, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(money(statement, "total")));
    TestPlatform.Reply csv = platform.get("/v1/statements/" + toDatum.getString("id") + "/csv", northwind);
    assertEquals(200, csv.status(), csv::toString);
    assertEquals(7, csv.body().split("\r\n").length, csv::body);
    assertTrue(csv.body().startsWith("\"StatementId\",\"Month\""), csv::body);

    // Microsoft's invoice to the provider is the provider's cost; its issued statements are its revenue.
    String invoiceId = String.format("OT-%04d%02d-USD", month.getYear(), month.getMonthValue());
    JsonObject invoice = platform.get("/v1/invoices/" + invoiceId, fabrikamBilling).json();
    // 4,691.34 + 65.15 + 2,345.67 + 4,691.34 − 2,345.67 − (2,324.27 − 278.91)
    assertEquals(0, new BigDecimal("9447.83").subtract(refund("2345.67", days)).compareTo(money(invoice, "subtotal")), invoice::encode);
    JsonObject provider = usd(platform.get("/v1/margins?from=" + month + "&to=" + month, fabrikamBilling).json());
    JsonObject total = provider.getJsonObject("total");
    assertEquals(0, money(total, "cost").compareTo(money(invoice, "subtotal")), total::encode);
    assertEquals(0, money(total, "revenue").compareTo(money(toReseller, "total")), total::encode);
    if (days == 1096) {
      assertMoney("7402.47", total, "cost");
      assertMoney("592.21", total, "margin");
      assertMoney("7.41", total, "marginPercent");
    }
    assertEquals(DemoData.NORTHWIND.id(), provider.getJsonArray("byReseller").getJsonObject(0).getString("resellerId"));
    BigDecimal margin = money(total, "margin");
    assertEquals(0, margin.compareTo(money(provider.getJsonArray("byReseller").getJsonObject(0), "margin")));
    assertEquals(0, margin.compareTo(money(provider.getJsonArray("byCustomer").getJsonObject(0), "margin")));
    assertEquals(month.toString(), provider.getJsonArray("byMonth").getJsonObject(0).getString("month"));
    assertEquals(0, margin.compareTo(money(provider.getJsonArray("byProductKind").getJsonObject(0), "margin")));
    // The reseller's cost is the provider's statement; its revenue its invoice to the customer.
    JsonObject reseller = usd(platform.get("/v1/margins?from=" + month.minusMonths(1) + "&to=" + month, northwind).json());
    total = reseller.getJsonObject("total");
    assertEquals(0, money(total, "cost").compareTo(money(toReseller, "total")), total::encode);
    assertEquals(0, money(total, "revenue").compareTo(money(toDatum, "total")), total::encode);
    if (days == 1096) {
      assertMoney("1199.20", total, "margin");
      assertMoney("13.04", total, "marginPercent");
    }
    margin = money(total, "margin");
    JsonArray byMonth = reseller.getJsonArray("byMonth");
    assertEquals(2, byMonth.size(), "every month of the range, those without sales at zero");
    assertMoney("0", byMonth.getJsonObject(0), "revenue");
    assertEquals(0, margin.compareTo(money(byMonth.getJsonObject(1), "margin")));
    JsonArray bySeries = reseller.getJsonArray("bySeries");
    BigDecimal seriesMargin = bySeries.stream().map(s -> money((JsonObject) s, "margin")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, margin.compareTo(seriesMargin), bySeries::encode);

    // Contoso is neither the seller nor the buyer of Fabrikam's statement to Northwind: the same id is not found for it.
    String contoso = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    assertRefused(platform.get("/v1/statements/" + toReseller.getString("id"), contoso), 404);
    assertRefused(platform.get("/v1/statements/" + toReseller.getString("id") + "/csv", contoso), 404);
    assertEquals(List.of(), statements(contoso, "issued"));
    assertEquals(List.of(), usd(platform.get("/v1/margins?from=" + month + "&to=" + month, fabrikamBilling).json()).getJsonArray("byCustomer")
        .stream().filter(c -> !((JsonObject) c).getString("customerId").equals(datum)).toList());
  }

  @Test
  void badQuestionsAndOtherPartnersStatementsAreRefused() {
    String northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    assertTrue(assertRefused(platform.get("/v1/statements", northwind), 400).encode().contains("month"));
    assertRefused(platform.get("/v1/statements?month=2027-13", northwind), 400);
    assertRefused(platform.get("/v1/statements?month=" + month + "&side=both", northwind), 400);
    assertTrue(assertRefused(platform.get("/v1/margins?from=2027-05&to=2027-01", northwind), 400).encode().contains("from"));
    assertRefused(platform.get("/v1/margins?from=2020-01&to=2027-01", northwind), 400);
    assertRefused(platform.get("/v1/margins?from=2027-01", northwind), 400);
    assertRefused(platform.get("/v1/statements/ST-202701-USD-bm9wZQ", northwind), 404);
    assertRefused(platform.get("/v1/statements/not-a-statement/csv", northwind), 404);
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "BillingAdmin");
    TestPlatform.Reply sales = platform.get("/v1/statements?month=" + month, platform.token(DemoData.FABRIKAM.id(), "SalesAgent"));
    assertRefused(sales, 403);
    assertEquals(200, platform.get("/v1/statements?month=" + month, fabrikam).status());
  }
}
