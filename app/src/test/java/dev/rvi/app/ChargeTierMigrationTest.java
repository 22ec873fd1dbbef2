package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.billing.BillingService;
import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database of the version before charges carried their tiers (orders at V15, billing at V3) migrates without loss: the
 * invoices read the same, and the charges made then are on the statements between tiers, at the tier prices their order
 * lines kept, or at Microsoft's price where none were kept.
 */
class ChargeTierMigrationTest {
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    platform.loadPrice("Standard_D4s_v5", "westus3", "Reservation", "3 Years", "2345.67", platform.clock.instant().minus(Duration.ofDays(1)));
    PriceListsInForce.markup(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), "Resellers +8", "8");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String month() {
    return YearMonth.from(platform.clock.instant().atOffset(ZoneOffset.UTC)).toString();
  }

  private static List<JsonObject> issued(String token) {
    TestPlatform.Reply list = platform.get("/v1/statements?month=" + month() + "&side=issued", token);
    return list.status() == 200 ? list.items() : List.of();
  }

  private static BigDecimal total(List<JsonObject> statements, String buyerId) {
    return statements.stream().filter(s -> s.getJsonObject("buyer").getString("id").equals(buyerId))
        .map(s -> new BigDecimal(s.getValue("total").toString())).findFirst().orElse(null);
  }

  @Test
  void chargesMadeBeforeAreOnTheStatementsAtTheirTiersPrices() throws Exception {
    String fabrikam = platform.token(DemoData.FABRIKAM.id(), "BillingAdmin");
    Shop provider = new Shop(platform, platform.token(DemoData.FABRIKAM.id(), "AdminAgent"));
    String datum = DemoCustomers.DATUM.id();
    provider.reservation(datum, DemoCustomers.DATUM.subscriptions().get(0).id(), provider.item("Standard_D4s_v5", "westus3", "P3Y"), 2, "P3Y",
        "Shared");
    Shop contoso = new Shop(platform, platform.token(DemoData.CONTOSO.id(), "AdminAgent"));
    String[] c = contoso.newCustomer("charge-tier-migration.example", "US");
    contoso.reservation(c[0], c[1], contoso.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String contosoBilling = platform.token(DemoData.CONTOSO.id(), "BillingAdmin");
    String invoice = "/v1/invoices/OT-" + month().replace("-", "") + "-USD/lineitems?provider=onetime&size=1000";
    Eventually.await(() -> platform.get(invoice, contosoBilling).status() == 200, "the charges reach billing");
    String contosoBefore = platform.get(invoice, contosoBilling).body();
    String fabrikamBefore = platform.get(invoice, fabrikam).body();

    platform.platform.stopService("billing").await(30, TimeUnit.SECONDS);
    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_CHARGE_TIERS + PreviousSchemas.BILLING_BEFORE_TIERS);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);
    platform.platform.startService(new BillingService(), platform.options).await(60, TimeUnit.SECONDS);

    // Fabrikam's line kept the reseller's price (2,533.32 × 2), Contoso's none: Microsoft's amount passes down.
    Eventually.await(() -> total(issued(fabrikam), DemoData.NORTHWIND.id()) != null && total(issued(contosoBilling), c[0]) != null,
        "the charges made before are sent again with their tiers");
    assertEquals(0, new BigDecimal("5066.64").compareTo(total(issued(fabrikam), DemoData.NORTHWIND.id())));
    String contosoAfter = platform.get(invoice, contosoBilling).body();
    assertEquals(0, total(issued(contosoBilling), c[0]).compareTo(platform.get(invoice, contosoBilling).items().stream()
        .filter(l -> l.getString("customerId").equals(c[0])).map(l -> new BigDecimal(l.getValue("subtotal").toString()))
        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(contosoBefore, contosoAfter, "the invoice reads as it did");
    assertEquals(fabrikamBefore, platform.get(invoice, fabrikam).body());
    assertEquals(0, platform.number("SELECT count(*) FROM orders.charge WHERE tiers IS NULL"));
  }
}
