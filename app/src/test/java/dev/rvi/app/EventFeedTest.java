package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event feed: events written in the transaction of the change they tell of (a purchase, a refund), moved by
 * the outbox relay to the notification service, and read by the partner (and the reseller of record) only.
 */
class EventFeedTest {
  private static TestPlatform platform;
  private static Shop contoso;
  private static Shop fabrikam;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    fabrikam = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static List<JsonObject> events(String token, String query) {
    TestPlatform.Reply reply = platform.get("/v1/events?" + query, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.items();
  }

  private static long pendingEvents() {
    try {
      return platform.number("SELECT count(*) FROM orders.outbox WHERE topic = 'event' AND delivered_at IS NULL");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPurchaseAndARefundAreEventsOfThePartnerOnly() throws Exception {
    String[] c = contoso.newCustomer("events.example", "US");
    String item = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
    // A checkout that is refused (a line over the quantity limit) makes no order and no event.
    TestPlatform.Reply refusedCart = contoso.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1001, "P1Y", c[1], "shared")));
    assertRefused(contoso.checkout(c[0], refusedCart.json().getString("id")), 400);
    JsonObject reservation = contoso.reservation(c[0], c[1], item, 2, "P1Y", "shared");

    String orders = "type=order.completed&customerId=" + c[0];
    Eventually.await(() -> events(contoso.token, orders).size() == 1, "the purchase's event reaches the feed");
    JsonObject event = events(contoso.token, orders).get(0);
    assertTrue(event.getString("id").startsWith("evt_"), event::encode);
    assertEquals(c[0], event.getString("customerId"));
    assertTrue(event.getJsonObject("data").getJsonArray("reservationOrderIds").contains(reservation.getString("reservationOrderId")));
    assertTrue(events(fabrikam.token, "customerId=" + c[0]).isEmpty(), "another partner sees none of it");

    String session = contoso.calculateRefund(c[0], reservation, 1).json().getString("sessionId");
    assertEquals(200, contoso.returnWith(c[0], reservation, 1, session).status());
    Eventually.await(() -> events(contoso.token, "type=refund.completed&customerId=" + c[0]).size() == 1, "the refund's event too");
    assertEquals(1, events(contoso.token, "type=refund.completed&customerId=" + c[0]).get(0).getJsonObject("data").getInteger("quantity"));

    // A replay of the whole outbox changes nothing: each event is kept once, under the id it got with its change.
    platform.sql("UPDATE orders.outbox SET delivered_at = NULL, claimed_until = NULL WHERE topic = 'event'");
    Eventually.await(() -> pendingEvents() == 0, "the replay is delivered");
    List<JsonObject> again = events(contoso.token, "customerId=" + c[0]);
    assertEquals(2, again.size(), again::toString);
    assertEquals(event.getString("id"), again.get(0).getString("id"));
    assertRefused(platform.get("/v1/events?after=yesterday", contoso.token), 400);
  }

  @Test
  void theResellerOfRecordSeesWhatWasBoughtInItsName() throws Exception {
    // Datum's associated reseller is Northwind: Fabrikam's purchase for Datum is Northwind's event too.
    String datum = DemoCustomers.DATUM.id();
    String subscription = DemoCustomers.DATUM.subscriptions().get(0).id();
    assertEquals(201, fabrikam.buy(datum, null, Shop.line(0, fabrikam.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", subscription,
        "shared")).status());
    String northwind = platform.token(DemoData.NORTHWIND.id(), "AdminAgent");
    Eventually.await(() -> !events(northwind, "type=order.completed&customerId=" + datum).isEmpty(), "the reseller's feed has it");
    assertTrue(events(platform.token(DemoData.TAILSPIN.id(), "AdminAgent"), "customerId=" + datum).isEmpty(), "another reseller's has not");
  }

  /** Azure's reminders, following the platform clock: 30 days before the expiry, on its day and at it, each once. */
  @Test
  void expiryRemindersComeOnceEachAsTheClockPasses() throws Exception {
    String[] c = contoso.newCustomer("events-expiry.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    Instant expiry = Instant.parse(reservation.getString("expiryDateTime"));
    String expiring = "type=reservation.expiring&customerId=" + c[0];
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry.minus(Duration.ofDays(31))));
    Thread.sleep(1500);
    assertTrue(events(contoso.token, expiring).isEmpty(), "31 days before: nothing yet");
    platform.moveClockBy(Duration.ofDays(2));
    Eventually.await(() -> events(contoso.token, expiring).size() == 1, "29 days before: the expiring reminder");
    platform.moveClockBy(Duration.ofDays(1));
    assertEquals(1, events(contoso.token, expiring).size(), "once");
    Instant expiryDay = expiry.truncatedTo(ChronoUnit.DAYS).plusSeconds(1);
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiryDay.isBefore(expiry) ? expiryDay : expiry.minusSeconds(1)));
    Eventually.await(() -> events(contoso.token, expiring).size() == 2, "on the expiry day: the second reminder");
    assertEquals(0, events(contoso.token, expiring).get(1).getJsonObject("data").getInteger("daysLeft"));
    assertEquals(30, events(contoso.token, expiring).get(0).getJsonObject("data").getInteger("daysLeft"));
    platform.moveClockBy(Duration.between(platform.clock.instant(), expiry).plusHours(1));
    Eventually.await(() -> events(contoso.token, "type=reservation.expired&customerId=" + c[0]).size() == 1, "the expired notice");
    platform.moveClockBy(Duration.ofDays(1));
    Thread.sleep(1500);
    assertEquals(2, events(contoso.token, expiring).size(), "each once");
    assertEquals(1, events(contoso.token, "type=reservation.expired&customerId=" + c[0]).size(), "each once");
    assertEquals(reservation.getString("id"), events(contoso.token, expiring).get(0).getJsonObject("data").getString("reservationId"));
  }

  /** A refund that takes the customer's counted refunds past 80 % of the cap tells the partner so. */
  @Test
  void crossingEightyPercentOfTheRefundLimitIsAnEvent() throws Exception {
    platform.loadPrice("Standard_D16s_v5", "eastus", "Reservation", "1 Year", "3650.00", platform.clock.instant().minus(Duration.ofDays(1)));
    String[] c = contoso.newCustomer("events-limit.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D16s_v5", "eastus", "P1Y"), 12, "P1Y", "shared");
    String session = contoso.calculateRefund(c[0], reservation, 12).json().getString("sessionId");
    assertEquals(200, contoso.returnWith(c[0], reservation, 12, session).status());
    // 12 x 3,650.00 = 43,800.00 counted (within the grace days, the whole price): past 40,000.00, short of 50,000.00.
    String query = "type=refundLimit.threshold&customerId=" + c[0];
    Eventually.await(() -> events(contoso.token, query).size() == 1, "the 80 % threshold");
    JsonObject data = events(contoso.token, query).get(0).getJsonObject("data");
    assertEquals(80, data.getInteger("thresholdPercent"));
    assertEquals(0, new BigDecimal("6200.00").compareTo(new BigDecimal(data.getValue("remaining").toString())));
  }

  /** A checkout whose transaction fails at its last write leaves no order and no event. */
  @Test
  void aCheckoutThatRollsBackIsNoEvent() throws Exception {
    String[] c = contoso.newCustomer("events-rollback.example", "US");
    String item = contoso.item("Standard_D2s_v5", "eastus", "P1Y");
    // The charge is among the checkout's last writes; a trigger makes it fail for this customer only.
    platform.sql("CREATE FUNCTION orders.refuse_charge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + "IF NEW.customer_id = '" + c[0] + "' THEN RAISE EXCEPTION 'charge refused for the test'; END IF; RETURN NEW; END $$; "
        + "CREATE TRIGGER refuse_charge BEFORE INSERT ON orders.charge FOR EACH ROW EXECUTE FUNCTION orders.refuse_charge()");
    try {
      TestPlatform.Reply cart = contoso.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1, "P1Y", c[1], "shared")));
      TestPlatform.Reply failed = contoso.checkout(c[0], cart.json().getString("id"));
      assertTrue(failed.status() >= 500 || failed.status() == 409, failed::toString);
    } finally {
      platform.sql("DROP TRIGGER refuse_charge ON orders.charge; DROP FUNCTION orders.refuse_charge()");
    }
    assertEquals(0, platform.number("SELECT count(*) FROM orders.purchase_order WHERE customer_id = '" + c[0] + "'"));
    assertEquals(0, platform.number("SELECT count(*) FROM orders.outbox WHERE payload ->> 'customerId' = '" + c[0] + "'"));
    contoso.reservation(c[0], c[1], item, 1, "P1Y", "shared");
    Eventually.await(() -> events(contoso.token, "customerId=" + c[0]).size() == 1, "the purchase after it is an event");
    assertEquals(1, events(contoso.token, "customerId=" + c[0]).size(), "only the purchase that happened");
  }

  /** A scope change, a renewal and a support request's steps are events too; the operator hears of price sheets. */
  @Test
  void changesRenewalsSupportStepsAndPriceSheetsAreEvents() throws Exception {
    String[] c = contoso.newCustomer("events-changes.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    TestPlatform.Reply patched = platform.patch(Shop.path(c[0], reservation), contoso.token,
        "{\"appliedScopeType\": \"Single\", \"appliedScopes\": [\"/subscriptions/" + c[1] + "\"]}");
    assertEquals(200, patched.status(), patched::toString);
    Eventually.await(() -> events(contoso.token, "type=reservation.changed&customerId=" + c[0]).size() == 1, "the scope change");
    JsonObject changed = events(contoso.token, "type=reservation.changed&customerId=" + c[0]).get(0).getJsonObject("data");
    assertEquals("Shared", changed.getJsonObject("before").getString("appliedScopeType"));
    assertEquals("Single", changed.getJsonObject("after").getString("appliedScopeType"));

    TestPlatform.Reply filed = platform.post("/v1/customers/" + c[0] + "/supportRequests", contoso.token,
        SupportFlowTest.filing(reservation, "refund", 1));
    assertEquals(201, filed.status(), filed::toString);
    String agent = platform.token("operator", "SupportAgent");
    assertEquals(200, platform.post("/v1/supportRequests/" + filed.json().getString("id") + "/assign", agent, "").status());
    Eventually.await(() -> events(contoso.token, "type=supportRequest.changed&customerId=" + c[0]).size() == 2, "filed, then assigned");
    List<JsonObject> steps = events(contoso.token, "type=supportRequest.changed&customerId=" + c[0]);
    assertEquals("new", steps.get(0).getJsonObject("data").getString("status"));
    assertEquals("inProgress", steps.get(1).getJsonObject("data").getString("status"));
    assertTrue(events(fabrikam.token, "type=supportRequest.changed&customerId=" + c[0]).isEmpty());

    platform.loadPrice("Standard_D2s_v5", "westus", "Consumption", null, "0.10", platform.clock.instant().minus(Duration.ofDays(1)));
    String operator = platform.operatorToken();
    // The demo's catalog was a load too; this one is the newest.
    Eventually.await(() -> events(operator, "type=priceSheet.loaded").stream()
        .anyMatch(e -> e.getJsonObject("data").getInteger("rowsLoaded") == 1), "the operator hears of the load");
    assertTrue(events(contoso.token, "type=priceSheet.loaded").isEmpty(), "partners do not");
  }

  /** A reservation set to renew is renewed at its expiry, and that is an event. */
  @Test
  void aRenewalIsAnEvent() throws Exception {
    String[] c = contoso.newCustomer("events-renewal.example", "US");
    JsonObject reservation = contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "shared");
    assertEquals(200, platform.patch(Shop.path(c[0], reservation), contoso.token, "{\"renew\": true}").status());
    platform.moveClockBy(Duration.between(platform.clock.instant(), Instant.parse(reservation.getString("expiryDateTime"))).plusHours(1));
    Eventually.await(() -> events(contoso.token, "type=reservation.renewed&customerId=" + c[0]).size() == 1, "the renewal");
    JsonObject data = events(contoso.token, "type=reservation.renewed&customerId=" + c[0]).get(0).getJsonObject("data");
    assertEquals(reservation.getString("id"), data.getString("reservationId"));
    assertTrue(data.getString("renewedTo") != null, data::encode);
  }
}
