package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exchange end to end, numbers by hand on the sample sheet: two Standard_D2s_v5 East US P1Y at 496.17 (992.34)
 * exchanged on day 73 are worth 992.34 x 292 / 365 = 793.87, applied to new purchases priced by the catalog. The
 * exchange rules (value, one currency, the new commitment, quote expiry, eligibility by purchase date) are the order
 * service's own tests (ExchangeRulesTest).
 */
class ExchangeTest {
  private static TestPlatform platform;
  private static Shop shop;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static String body(String customer, JsonObject reservation, int quantity, String item, int buy, String term, String subscription) {
    return new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", reservation.getString("id")).put("quantity", quantity)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("quantity", buy)
            .put("termDuration", term).put("provisioningContext", new JsonObject().put("subscriptionId", subscription).put("scope", "Shared"))))
        .encode();
  }

  @Test
  void exchangeRefundsTheProratedValueIntoANewPurchase() {
    String[] c = shop.newCustomer("exchange-a.example", "US");
    JsonObject old = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(73).plusHours(1));
    String d4 = shop.item("Standard_D4s_v5", "eastus", "P1Y");
    TestPlatform.Reply quote = platform.post("/v1/customers/" + c[0] + "/calculateExchange", shop.token, body(c[0], old, 2, d4, 1, "P1Y", c[1]));
    assertEquals(200, quote.status(), quote::toString);
    // Returned 793.87 (no fee); bought one D4s_v5: 0.192/h x 8760 x 0.59 = 992.3328 -> 992.33; net 198.46
    assertMoney("793.87", Shop.amount(quote.json(), "refundsTotal"));
    assertMoney("992.33", Shop.amount(quote.json(), "purchasesTotal"));
    assertMoney("198.46", Shop.amount(quote.json(), "netPayable"));
    assertEquals(0, quote.json().getJsonObject("policyResult").getJsonArray("policyErrors").size());

    String session = "{\"sessionId\":\"" + quote.json().getString("sessionId") + "\"}";
    TestPlatform.Reply done = platform.post("/v1/customers/" + c[0] + "/exchange", shop.token, session);
    assertEquals(200, done.status(), done::toString);
    assertEquals(done.json(), platform.post("/v1/customers/" + c[0] + "/exchange", shop.token, session).json(), "once");

    JsonObject returned = platform.get(Shop.path(c[0], old), shop.token).json();
    assertEquals(0, returned.getInteger("quantity"));
    assertEquals("Exchanged", returned.getString("displayProvisioningState"));
    List<JsonObject> reservations = platform.get("/v1/customers/" + c[0] + "/reservations", shop.token).items();
    JsonObject fresh = reservations.stream().filter(r -> r.getString("skuName").equals("Standard_D4s_v5")).findFirst().orElseThrow();
    assertEquals(done.json().getJsonObject("order").getString("creationDate"), fresh.getString("effectiveDateTime"), "the new term starts now");

    // Exchanges do not count against the refund cap.
    JsonObject refundQuote = shop.calculateRefund(c[0], fresh, 1).json();
    assertMoney("0", Shop.amount(refundQuote.getJsonObject("policyResult"), "consumedRefundsTotal"));
  }
}
