package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The worked example's refund: two 3-year Standard_D4s_v5 in West US 3 at Microsoft's 2,345.67, bought through a
 * provider at +8 % and a reseller at +15 % (4,691.34 / 5,066.64 / 5,826.64), returned after 400 days: each tier is
 * credited its own price prorated by the days left, less the same 12 % fee; the refund limit counts Microsoft's amount.
 * On a 1,096-day term: 2,979.17 − 357.50 = 2,621.67 from Microsoft, 3,217.50 − 386.10 = 2,831.40 to the reseller,
 * 3,700.13 − 444.02 = 3,256.11 to the customer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TierRefundTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D4s_v5", "westus3", "Reservation", "3 Years", "2345.67", platform.clock.instant().minus(Duration.ofDays(1)));
    platform.loadPrice("Standard_D8s_v5", "westus3", "Reservation", "3 Years", "4691.34", platform.clock.instant().minus(Duration.ofDays(1)));
    PriceListsInForce.markup(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "Resellers +8", "8");
    PriceListsInForce.markup(platform, platform.token(DemoData.NORTHWIND.id(), "AdminAgent"), "Customers +15", "15");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  /** Microsoft's refund rule at another price: prorated by days (half-up to cents), the fee 12 % of that. */
  private static BigDecimal refund(String value, int daysTotal, int daysUsed) {
    BigDecimal remaining = new BigDecimal(value).multiply(BigDecimal.valueOf(daysTotal - daysUsed))
        .divide(BigDecimal.valueOf(daysTotal), 2, RoundingMode.HALF_UP);
    return remaining.subtract(remaining.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP));
  }

  private static BigDecimal amount(JsonObject json, String field) {
    return new BigDecimal(json.getJsonObject(field).getValue("amount").toString());
  }

  // After the exchange below: it moves the clock 400 days on.
  @Test
  @Order(2)
  void eachTierIsCreditedAtItsOwnPrice() {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    Shop shop = new Shop(platform, fabrikam);
    String datum = DemoCustomers.DATUM.id();
    String item = shop.item("Standard_D4s_v5", "westus3", "P3Y");
    TestPlatform.Reply bought = shop.buy(datum, null, Shop.line(0, item, 2, "P3Y", DemoCustomers.DATUM.subscriptions().get(0).id(), "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    String reservationOrderId = bought.json().getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0)
        .getString("reservationOrderId");
    List<JsonObject> reservations = platform.get("/v1/customers/" + datum + "/reservations?reservationOrderId=" + reservationOrderId, fabrikam)
        .items();
    JsonObject reservation = reservations.get(0);

    platform.moveClockBy(Duration.ofDays(400));
    TestPlatform.Reply quote = shop.calculateRefund(datum, reservation, 2);
    assertEquals(200, quote.status(), quote::toString);
    JsonObject body = quote.json();
    int total = body.getInteger("daysTotal");
    int used = body.getInteger("daysUsed");
    assertEquals(400, used);
    assertEquals(0, refund("4691.34", total, used).compareTo(amount(body, "billingRefundAmount")), body::encode);
    JsonArray tiers = body.getJsonArray("tierRefunds");
    assertEquals(2, tiers.size(), body::encode);
    assertEquals(DemoData.NORTHWIND.id(), tiers.getJsonObject(0).getString("buyerId"));
    assertEquals(0, refund("5066.64", total, used).compareTo(amount(tiers.getJsonObject(0), "refund")), tiers::encode);
    assertEquals(0, refund("5826.64", total, used).compareTo(amount(tiers.getJsonObject(1), "refund")), tiers::encode);
    if (total == 1096) {
      assertEquals(0, new BigDecimal("2621.67").compareTo(amount(body, "billingRefundAmount")));
      assertEquals(0, new BigDecimal("2831.40").compareTo(amount(tiers.getJsonObject(0), "refund")));
      assertEquals(0, new BigDecimal("3256.11").compareTo(amount(tiers.getJsonObject(1), "refund")));
    }
    // The limit counts Microsoft's amount, not the tiers'.
    assertEquals(0, new BigDecimal(body.getJsonObject("countedAgainstRefundLimit").getValue("amount").toString())
        .compareTo(new BigDecimal("4691.34").multiply(BigDecimal.valueOf(total - used)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)));
    TestPlatform.Reply returned = shop.returnWith(datum, reservation, 2, body.getString("sessionId"));
    assertTrue(returned.status() == 200 || returned.status() == 201, returned::toString);
  }

  /** An exchange buys the new item at each tier's price from the lists in force on the exchange day. */
  @Test
  @Order(1)
  void anExchangeBuysAtTheTiersPricesOfItsDay() {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "AdminAgent");
    String northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    Shop shop = new Shop(platform, fabrikam);
    String datum = DemoCustomers.DATUM.id();
    String subscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    TestPlatform.Reply bought = shop.buy(datum, null, Shop.line(0, shop.item("Standard_D4s_v5", "westus3", "P3Y"), 1, "P3Y", subscription,
        "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    String reservationOrderId = bought.json().getJsonArray("orders").getJsonObject(0).getJsonArray("lineItems").getJsonObject(0)
        .getString("reservationOrderId");
    JsonObject old = platform.get("/v1/customers/" + datum + "/reservations?reservationOrderId=" + reservationOrderId, fabrikam).items().get(0);
    String d8 = shop.item("Standard_D8s_v5", "westus3", "P3Y");
    TestPlatform.Reply quote = platform.post("/v1/customers/" + datum + "/calculateExchange", fabrikam, new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", old.getString("id")).put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", d8).put("quantity", 1).put("termDuration", "P3Y")
            .put("provisioningContext", new JsonObject().put("subscriptionId", subscription).put("scope", "Shared")))).encode());
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = platform.post("/v1/customers/" + datum + "/exchange", fabrikam,
        new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode());
    assertEquals(200, done.status(), done::toString);
    String order = "/v1/customers/" + datum + "/orders/" + done.json().getJsonObject("order").getString("id");
    JsonObject line = platform.get(order, northwind).json().getJsonArray("lineItems").getJsonObject(0);
    // 4,691.34 × 1.08 = 5,066.6472 → 5,066.65 for the reseller; × 1.15 = 5,826.6475 → 5,826.65 for the customer.
    assertEquals(0, new BigDecimal("5066.65").compareTo(new BigDecimal(line.getValue("unitPrice").toString())), line::encode);
    assertEquals(0, new BigDecimal("5826.65").compareTo(new BigDecimal(line.getJsonObject("prices").getValue("price").toString())), line::encode);
  }
}
