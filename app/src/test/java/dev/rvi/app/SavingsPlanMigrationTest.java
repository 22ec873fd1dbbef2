package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database made by the version before savings plans (orders at V12) migrates without loss: its carts, orders and
 * reservations read the same after the migration, a cart made then checks out after it, and a savings plan can be bought.
 */
class SavingsPlanMigrationTest {
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

  @Test
  void ordersOfThePreviousVersionMigrateWithoutLoss() throws Exception {
    String[] c = shop.newCustomer("plan-migration.example", "US");
    String item = shop.item("Standard_D2s_v5", "eastus", "P1Y");
    JsonObject reservation = shop.reservation(c[0], c[1], item, 2, "P1Y", "Shared");
    TestPlatform.Reply cart = shop.createCart(c[0], Shop.cart(null, Shop.line(0, item, 1, "P1Y", c[1], "Single")));
    assertEquals(201, cart.status(), cart::toString);
    String cartId = cart.json().getString("id");
    String[] reads = {"/v1/customers/" + c[0] + "/orders", "/v1/customers/" + c[0] + "/reservations", Shop.path(c[0], reservation),
        "/v1/customers/" + c[0] + "/carts/" + cartId, "/v1/customers/" + c[0] + "/entitlements"};
    String[] before = new String[reads.length];
    for (int i = 0; i < reads.length; i++) {
      before[i] = platform.get(reads[i], shop.token).body();
    }

    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_SAVINGS_PLANS);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    for (int i = 0; i < reads.length; i++) {
      assertEquals(before[i], platform.get(reads[i], shop.token).body(), reads[i]);
    }
    TestPlatform.Reply checkedOut = shop.checkout(c[0], cartId);
    assertEquals(201, checkedOut.status(), checkedOut::toString);
    TestPlatform.Reply plan = shop.buy(c[0], null, new JsonObject().put("id", 0).put("catalogItemId", "DZH318Z09V6F:0001:DZH318Z0BLD3")
        .put("quantity", 1).put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared")
            .put("subscriptionId", c[1])).put("purchaseCommitment", new JsonObject().put("amount", 0.01).put("currency", "USD")));
    assertEquals(201, plan.status(), plan::toString);
    assertEquals(1, platform.get("/v1/customers/" + c[0] + "/savingsPlans", shop.token).items().size());
  }
}
