package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.directory.DirectoryService;
import dev.rvi.order.OrderService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer directory moved out of the order service: a database made before (partners, customers, subscriptions,
 * agent access and the create requests' idempotency records in the orders schema only, no directory schema) keeps every one of them, a retried create still
 * replays its first answer, and changes made after the move reach the order service's copy.
 */
class DirectoryMigrationTest {
  private static final String AGENT = "moved.agent@contoso.example";
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
  void theDirectoryMadeInTheOrderServiceMovesWithoutLoss() throws Exception {
    String createBody = "{\"companyProfile\":{\"domain\":\"directory-move.example\"},"
        + "\"billingProfile\":{\"companyName\":\"Directory Move\",\"defaultAddress\":{\"country\":\"DE\"}}}";
    TestPlatform.Reply created = platform.post("/v1/customers", shop.token, createBody, "move-key-1");
    assertEquals(201, created.status(), created::toString);
    String customer = created.json().getString("id");
    String subscription = platform.post("/v1/customers/" + customer + "/subscriptions", shop.token,
        "{\"friendlyName\":\"moved\",\"origin\":\"csp\"}").json().getString("id");
    assertEquals(202, platform.post("/v1/customers/" + customer + "/subscriptions/" + subscription + "/registrations", shop.token, "").status());
    String access = "/v1/customers/" + customer + "/subscriptions/" + subscription + "/agentAccess/" + AGENT;
    assertEquals(200, platform.put(access, shop.token, "").status());
    String item = shop.item("Standard_D4s_v5", "westeurope", "P1Y");
    TestPlatform.Reply bought = shop.buy(customer, null, Shop.line(0, item, 1, "P1Y", subscription, "Shared"));
    assertEquals(201, bought.status(), bought::toString);
    String orderId = bought.json().getJsonArray("orders").getJsonObject(0).getString("id");
    String agent = platform.tokenOf(DemoData.CONTOSO.id(), AGENT, "HelpdeskAgent");
    assertEquals(200, platform.get("/v1/customers/" + customer + "/orders/" + orderId, agent).status());

    String[] reads = {"/v1/customers/" + customer, "/v1/customers/" + customer + "/subscriptions",
        "/v1/customers/" + customer + "/subscriptions/" + subscription, access, "/v1/customers?size=500"};
    String[] before = new String[reads.length];
    for (int i = 0; i < reads.length; i++) {
      before[i] = platform.get(reads[i], shop.token).body();
    }
    String partners = platform.get("/v1/admin/partners", platform.operatorToken()).body();

    // Back to what the previous version made: the directory's rows in the orders schema only.
    platform.platform.stopService("directory").await(30, TimeUnit.SECONDS);
    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_SAVINGS_PLANS + "INSERT INTO orders.idempotency (partner_id, key, request_hash, response, created_at) "
        + "SELECT partner_id, key, request_hash, response, created_at FROM directory.idempotency; "
        + "DROP SCHEMA directory CASCADE; DROP TABLE orders.directory_version; "
        + "DROP TRIGGER reservation_change ON orders.reservation; DROP FUNCTION orders.reservation_to_outbox(); "
        + "DELETE FROM orders.flyway_schema_history WHERE version IN ('11', '12')");
    platform.platform.startService(new DirectoryService(), platform.options).await(60, TimeUnit.SECONDS);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    for (int i = 0; i < reads.length; i++) {
      assertEquals(before[i], platform.get(reads[i], shop.token).body(), reads[i]);
    }
    assertEquals(partners, platform.get("/v1/admin/partners", platform.operatorToken()).body());
    TestPlatform.Reply replayed = platform.post("/v1/customers", shop.token, createBody, "move-key-1");
    assertEquals(created.body(), replayed.body(), "a retried create replays its first answer");
    assertEquals(0, platform.number("SELECT count(*) FROM directory.outbox WHERE delivered_at IS NULL"), "nothing moved is sent back");

    // After the move, changes reach the order service's copy: access revoked there too, a new customer can buy.
    assertEquals(200, platform.get("/v1/customers/" + customer + "/orders/" + orderId, agent).status());
    assertEquals(204, platform.delete(access, shop.token).status());
    ErrorShape.assertRefused(platform.get("/v1/customers/" + customer + "/orders/" + orderId, agent), 403);
    String[] fresh = shop.newCustomer("after-move.example", "US");
    assertEquals(201, shop.buy(fresh[0], null, Shop.line(0, shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", fresh[1], "Shared"))
        .status());
  }
}
