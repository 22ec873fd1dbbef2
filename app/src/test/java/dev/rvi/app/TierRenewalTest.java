package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A renewal takes the price lists in force on its day: a direct partner sells at +10 % until the expiry and at +20 %
 * from it, and the renewed reservation's order line keeps the +20 % price (Microsoft's 1,000.00, renewed at 1,200.00).
 */
class TierRenewalTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_E16s_v5", "westus3", "Reservation", "1 Year", "1000.00", platform.clock.instant().minus(Duration.ofDays(1)));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static void assigned(String token, String percent, String from, String to) {
    TestPlatform.Reply list = platform.post("/v1/priceLists", token, new JsonObject().put("name", "+" + percent).put("currency", "USD")
        .put("rules", new JsonArray().add(new JsonObject().put("percent", new BigDecimal(percent)))).encode());
    assertEquals(201, list.status(), list::toString);
    TestPlatform.Reply assignment = platform.post("/v1/priceLists/" + list.json().getString("id") + "/assignments", token,
        new JsonObject().put("effectiveFrom", from).put("effectiveTo", to).encode());
    assertEquals(201, assignment.status(), assignment::toString);
  }

  private static BigDecimal price(JsonObject order) {
    return new BigDecimal(order.getJsonArray("lineItems").getJsonObject(0).getJsonObject("prices").getValue("price").toString());
  }

  @Test
  void renewalsTakeTheListsInForceOnTheirDay() {
    String contoso = platform.token(DemoData.CONTOSO.id(), "AdminAgent");
    Shop shop = new Shop(platform, contoso);
    String[] c = shop.newCustomer("tier-renewal.example", "US");
    String item = shop.item("Standard_E16s_v5", "westus3", "P1Y");
    String today = LocalDate.ofInstant(platform.clock.instant(), ZoneOffset.UTC).toString();
    JsonObject reservation = shop.reservation(c[0], c[1], item, 1, "P1Y", "Shared");
    Instant expiry = Instant.parse(reservation.getString("expiryDateTime"));
    String expiryDay = LocalDate.ofInstant(expiry, ZoneOffset.UTC).toString();
    assertEquals(200, platform.patch(Shop.path(c[0], reservation), contoso, "{\"renew\":true}").status());
    // The lists are put in force after the purchase: the first order has no tier prices; +10 % until the expiry, +20 % from it.
    assigned(contoso, "10", today, expiryDay);
    assigned(contoso, "20", expiryDay, null);

    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));
    List<JsonObject> orders = platform.get("/v1/customers/" + c[0] + "/orders", contoso).items();
    assertEquals(2, orders.size(), () -> "bought and renewed: " + orders);
    JsonObject renewed = orders.stream().filter(o -> o.getJsonArray("lineItems").getJsonObject(0).containsKey("prices")).findFirst()
        .orElseThrow(() -> new AssertionError("the renewal keeps its tier prices: " + orders));
    assertEquals(0, new BigDecimal("1200.00").compareTo(price(renewed)), renewed::encode);
    assertEquals(0, new BigDecimal("1000.00").compareTo(new BigDecimal(renewed.getJsonArray("lineItems").getJsonObject(0)
        .getJsonObject("prices").getValue("cost").toString())));
  }
}
