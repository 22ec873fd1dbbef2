package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.directory.DirectoryService;
import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database of the version before savings plans were told to the directory (orders at V13, directory at V2) migrates
 * without loss: its plans read the same, the directory is sent each of them once and lists them among the customer's
 * subscriptions as a database made now does, and a plan renamed afterwards is followed.
 */
class BenefitSubscriptionMigrationTest {
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
  void plansBoughtBeforeAreListedAsSubscriptionsAfter() throws Exception {
    String[] c = shop.newCustomer("benefit-migration.example", "US");
    TestPlatform.Reply bought = shop.buy(c[0], null, new JsonObject().put("id", 0).put("catalogItemId", "DZH318Z09V6F:0001:DZH318Z0BLD3")
        .put("quantity", 1).put("termDuration", "P1Y").put("provisioningContext", new JsonObject().put("scope", "shared")
            .put("subscriptionId", c[1])).put("purchaseCommitment", new JsonObject().put("amount", 0.04).put("currency", "USD")));
    assertEquals(201, bought.status(), bought::toString);
    String subscriptions = "/v1/customers/" + c[0] + "/subscriptions";
    String plans = "/v1/customers/" + c[0] + "/savingsPlans";
    String listed = platform.get(subscriptions, shop.token).body();
    String planList = platform.get(plans, shop.token).body();
    assertEquals(2, new JsonObject(listed).getInteger("totalCount"), listed);

    // Back to the previous version: no trigger on the plans, no directory table of them, the plan still in orders.
    platform.platform.stopService("directory").await(30, TimeUnit.SECONDS);
    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_BENEFIT_SUBSCRIPTIONS + PreviousSchemas.DIRECTORY_BEFORE_BENEFIT_SUBSCRIPTIONS);
    assertEquals(1, platform.number("SELECT count(*) FROM orders.savings_plan WHERE customer_id = '" + c[0] + "'"));
    platform.platform.startService(new DirectoryService(), platform.options).await(60, TimeUnit.SECONDS);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    assertEquals(planList, platform.get(plans, shop.token).body(), "the plans read as before");
    Eventually.await(() -> listed.equals(platform.get(subscriptions, shop.token).body()),
        "the directory lists the plan bought before as it did");
    String id = new JsonObject(planList).getJsonArray("items").getJsonObject(0).getString("id");
    assertEquals(1, platform.number("SELECT count(*) FROM orders.outbox WHERE topic = 'benefitSubscription' "
        + "AND (payload->>'row')::jsonb->>'id' = '" + id + "'"), "sent once");
    assertEquals(200, platform.patch(plans + "/" + id, shop.token, "{\"displayName\":\"after-migration\"}").status());
    assertEquals("after-migration", platform.get(subscriptions + "/" + id, shop.token).json().getString("friendlyName"));
  }
}
