package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.billing.BillingService;
import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Charges reach the billing service through the order service's transactional outbox: none lost while
 * billing is down, none doubled when an event is sent again, and a database made before billing was a
 * service of its own keeps all its charges when it migrates.
 */
class BillingOutboxTest {
  private static TestPlatform platform;
  private static Shop shop;
  private static String billing;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    shop = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    billing = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String invoiceId() {
    YearMonth month = YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC));
    return String.format("OT-%04d%02d-USD", month.getYear(), month.getMonthValue());
  }

  private static long linesOf(String customerId) {
    TestPlatform.Reply lines = platform.get("/v1/invoices/" + invoiceId() + "/lineitems?provider=onetime&size=1000", billing);
    return lines.status() != 200 ? 0 : lines.items().stream().filter(l -> l.getString("customerId").equals(customerId)).count();
  }

  @Test
  void aChargeMadeWhileBillingIsDownArrivesOnceWhenItIsBackAndAReplayDoublesNothing() throws Exception {
    String[] c = shop.newCustomer("outbox.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    platform.platform.stopService("billing").await(30, TimeUnit.SECONDS);
    try {
      assertEquals(201, shop.buy(c[0], null, Shop.line(0, item, 1, "P1Y", c[1], "Single")).status(), "buying does not wait for billing");
      assertRefused(platform.get("/v1/invoices/" + invoiceId(), billing), 503);
    } finally {
      platform.platform.startService(new BillingService(), platform.options).await(60, TimeUnit.SECONDS);
    }
    Eventually.await(() -> linesOf(c[0]) == 1, "the charge made while billing was down arrives");

    platform.sql("UPDATE orders.outbox SET delivered_at = NULL, claimed_until = NULL");
    assertEquals(201, shop.buy(c[0], null, Shop.line(0, item, 2, "P1Y", c[1], "Single")).status());
    assertEquals(2, linesOf(c[0]), "every event was sent again with the new one; each charge is on the invoice once");
  }

  @Test
  void aDatabaseFromBeforeTheBillingServiceKeepsItsCharges() throws Exception {
    String[] c = shop.newCustomer("pre-billing.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_E4s_v5", "westeurope", "P1Y"), 3, "P1Y", "Shared");
    String session = shop.calculateRefund(c[0], reservation, 1).json().getString("sessionId");
    assertEquals(200, shop.returnWith(c[0], reservation, 1, session).status());
    List<JsonObject> before = platform.get("/v1/invoices/" + invoiceId() + "/lineitems?provider=onetime&size=1000", billing).items();

    // Back to what the previous version made: no billing schema, no outbox; the charges only in orders.
    platform.platform.stopService("billing").await(30, TimeUnit.SECONDS);
    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_SAVINGS_PLANS
        + "DROP TRIGGER reservation_change ON orders.reservation; DROP FUNCTION orders.reservation_to_outbox(); "
        + "DROP TABLE orders.directory_version; "
        + "DROP SCHEMA billing CASCADE; DROP TRIGGER charge_outbox ON orders.charge; DROP FUNCTION orders.charge_to_outbox(); "
        + "DROP FUNCTION orders.charge_event(bigint); DROP TABLE orders.outbox; "
        + "ALTER TABLE orders.cart_line DROP COLUMN reseller_mpn_id; ALTER TABLE orders.reservation DROP COLUMN display_name; "
        + "ALTER TABLE orders.reservation DROP COLUMN instance_flexibility; DROP INDEX orders.reservation_renewed_by; "
        + "ALTER TABLE orders.cart_line DROP COLUMN billing_plan; ALTER TABLE orders.reservation DROP COLUMN billing_plan; "
        + "ALTER TABLE orders.charge DROP CONSTRAINT charge_charge_type_check; ALTER TABLE orders.charge ADD CONSTRAINT "
        + "charge_charge_type_check CHECK (charge_type IN ('purchase', 'refund', 'exchange')); "
        + "DROP TABLE orders.expiry_notice; "
        + "DELETE FROM orders.flyway_schema_history WHERE version IN ('7', '8', '9', '10', '11', '12')");

    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);
    platform.platform.startService(new BillingService(), platform.options).await(60, TimeUnit.SECONDS);
    Eventually.await(() -> platform.get("/v1/invoices/" + invoiceId() + "/lineitems?provider=onetime&size=1000", billing).status() == 200
        && platform.get("/v1/invoices/" + invoiceId() + "/lineitems?provider=onetime&size=1000", billing).items().size() == before.size(),
        "every charge made before is on the invoice again");
    List<JsonObject> after = platform.get("/v1/invoices/" + invoiceId() + "/lineitems?provider=onetime&size=1000", billing).items();
    assertEquals(before, after, "the same lines, field for field");
    assertTrue(after.stream().anyMatch(l -> l.getString("customerId").equals(c[0]) && l.getString("chargeType").equals("refund")));
  }
}
