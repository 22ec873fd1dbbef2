package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A savings plan's end on the platform clock: its reminders, and its renewal when auto-renew is on. */
class SavingsPlanRenewalTest {
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

  private static void assertMoney(String expected, Object actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), () -> "expected " + expected + " but was " + actual);
  }

  private static void buyPlan(String customer, String subscription, Object amount) {
    JsonObject line = new JsonObject().put("id", 0).put("catalogItemId", "DZH318Z09V6F:0001:DZH318Z0BLD3").put("quantity", 1)
        .put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared").put("subscriptionId", subscription))
        .put("purchaseCommitment", new JsonObject().put("amount", amount).put("grain", "hourly").put("currency", "USD"));
    TestPlatform.Reply bought = shop.buy(customer, null, line);
    assertEquals(201, bought.status(), bought::toString);
  }

  /** The customer's events of a type, once the notification service has them (its relay runs every second). */
  private static List<JsonObject> events(String customer, String type, int atLeast) throws InterruptedException {
    List<JsonObject> events = List.of();
    for (int i = 0; i < 50 && events.size() < atLeast; i++) {
      events = platform.get("/v1/events?type=" + type + "&customerId=" + customer, shop.token).items();
      if (events.size() < atLeast) {
        Thread.sleep(100);
      }
    }
    return events;
  }

  @Test
  void aPlanWithAutoRenewIsRenewedAtItsExpiryAndTheEndIsAnnounced() throws Exception {
    String[] c = shop.newCustomer("plan-e.example", "US");
    buyPlan(c[0], c[1], 0.2);
    assertEquals(1, events(c[0], "savingsPlan.purchased", 1).size());
    JsonObject plan = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().get(0);
    String path = "/v1/customers/" + c[0] + "/savingsPlans/" + plan.getString("id");
    assertEquals(200, platform.patch(path, shop.token, "{\"renew\":true}").status());
    Instant expiry = Instant.parse(plan.getString("expiryDateTime"));

    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry.minus(Duration.ofDays(20))));
    assertEquals("Expiring", platform.get(path, shop.token).json().getString("displayProvisioningState"));
    assertEquals(1, events(c[0], "savingsPlan.expiring", 1).size());
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));

    List<JsonObject> plans = platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items();
    assertEquals(2, plans.size(), "the plan has a successor");
    JsonObject successor = plans.stream().filter(p -> !p.getString("id").equals(plan.getString("id"))).findFirst().orElseThrow();
    assertEquals(expiry.toString(), successor.getString("effectiveDateTime"), "the new term starts where the old one ended");
    assertEquals(plan.getString("id"), successor.getString("renewSource"));
    assertMoney("0.2", successor.getJsonObject("commitment").getValue("amount"));
    assertEquals(false, successor.getBoolean("renew"), "auto-renew is not inherited");
    assertEquals(successor.getString("id"), platform.get(path, shop.token).json().getString("renewDestination"));
    assertEquals("Expired", platform.get(path, shop.token).json().getString("displayProvisioningState"));
    assertEquals(1, events(c[0], "savingsPlan.expired", 1).size());
    assertEquals(1, events(c[0], "savingsPlan.renewed", 1).size());
    platform.moveClockBy(Duration.ofMinutes(5));
    assertEquals(2, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size(), "renewed once");
    // An expired plan cannot be changed.
    assertRefused(platform.patch(path, shop.token, "{\"renew\":true}"), 400);
  }

}
