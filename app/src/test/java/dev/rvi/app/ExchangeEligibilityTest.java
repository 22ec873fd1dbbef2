package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.reservation.ExchangeEligibility;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exchange eligibility by purchase date, with the cutover configured for tomorrow: before it everything is
 * eligible; after it what was bought before keeps one final exchange, and what is bought from then on is
 * not exchangeable, its quote refused with the reason.
 */
class ExchangeEligibilityTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static LocalDate cutover;

  @BeforeAll
  static void start() {
    cutover = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    platform = TestPlatform.startWithServices(true, s -> s.withExchangeEligibility(new ExchangeEligibility(cutover, ExchangeEligibility.DEFAULT.kinds())));
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String exchange(JsonObject reservation, String item, String subscription) {
    return new JsonObject()
        .put("reservationsToExchange", new JsonArray().add(new JsonObject().put("reservationId", reservation.getString("id")).put("quantity", 1)))
        .put("reservationsToPurchase", new JsonArray().add(new JsonObject().put("catalogItemId", item).put("quantity", 1)
            .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("subscriptionId", subscription).put("scope", "Shared"))))
        .encode();
  }

  @Test
  void boughtBeforeTheCutoverKeepsOneFinalExchangeAndAfterItNone() {
    String[] c = shop.newCustomer("eligibility.example", "US");
    String d2 = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    String d4 = shop.item("Standard_D4s_v5", "eastus", "P1Y");
    JsonObject before = shop.reservation(c[0], c[1], d2, 1, "P1Y", "Shared");
    assertEquals("eligible", before.getString("exchangeEligibility"));

    platform.moveClockBy(Duration.ofDays(2));
    JsonObject old = platform.get(Shop.path(c[0], before), shop.token).json();
    assertEquals("finalExchange", old.getString("exchangeEligibility"));
    assertTrue(old.getString("exchangeEligibilityReason").contains(cutover.toString()), old::encode);

    JsonObject after = shop.reservation(c[0], c[1], d2, 1, "P1Y", "Shared");
    assertEquals("notExchangeable", after.getString("exchangeEligibility"));
    TestPlatform.Reply refused = platform.post("/v1/customers/" + c[0] + "/calculateExchange", shop.token, exchange(after, d4, c[1]));
    assertRefused(refused, 400);
    assertTrue(refused.body().contains("cannot be exchanged"), refused::toString);

    TestPlatform.Reply quote = platform.post("/v1/customers/" + c[0] + "/calculateExchange", shop.token, exchange(old, d4, c[1]));
    assertEquals(200, quote.status(), quote::toString);
    TestPlatform.Reply done = platform.post("/v1/customers/" + c[0] + "/exchange", shop.token,
        new JsonObject().put("sessionId", quote.json().getString("sessionId")).encode());
    assertEquals(200, done.status(), done::toString);
    // What that final exchange bought is itself bought after the cutover: no further exchange.
    JsonArray orders = done.json().getJsonObject("order").getJsonArray("lineItems");
    String newOrder = orders.getJsonObject(0).getString("reservationOrderId");
    JsonObject bought = platform.get("/v1/customers/" + c[0] + "/reservations?reservationOrderId=" + newOrder, shop.token).items().get(0);
    assertEquals("notExchangeable", bought.getString("exchangeEligibility"));
  }
}
