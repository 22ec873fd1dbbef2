package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.order.OrderService;
import dev.rvi.usage.UsageService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Usage moved from the order service to a service of its own: a database made when it lived in the order
 * service (the records in {@code orders.usage_record}, no usage schema) keeps every record, and a
 * reservation's utilization reads the same after the move.
 */
class UsageServiceMigrationTest {
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
  void usageRecordsMadeInTheOrderServiceMoveWithoutLoss() throws Exception {
    String[] c = shop.newCustomer("usage-move.example", "US");
    JsonObject reservation = shop.reservation(c[0], c[1], shop.item("Standard_D4s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    platform.moveClockBy(Duration.ofDays(2));
    LocalDate day = LocalDate.ofInstant(Instant.parse(reservation.getString("effectiveDateTime")), ZoneOffset.UTC).plusDays(1);
    JsonArray items = new JsonArray();
    for (int h = 0; h < 24; h++) {
      items.add(new JsonObject().put("usageStartTime", day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(h)).toString())
          .put("resourceId", "vm-a").put("armSkuName", "Standard_D2s_v5").put("armRegionName", "eastus").put("quantity", 1));
    }
    assertEquals(200, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode()).status());
    String utilization = Shop.path(c[0], reservation) + "/utilization?grain=daily&from=" + day + "&to=" + day;
    List<JsonObject> before = platform.get(utilization, shop.token).items();
    assertEquals(0, new BigDecimal("50").compareTo(new BigDecimal(before.get(0).getValue("utilizedPercentage").toString())),
        "one D2s_v5 VM on a D4s_v5 reservation: half");

    // Back to what the previous version made: the records in the order service's schema, no usage schema.
    platform.platform.stopService("usage").await(30, TimeUnit.SECONDS);
    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql("ALTER TABLE usage.usage_record SET SCHEMA orders; DROP SCHEMA usage CASCADE; "
        + "ALTER TABLE orders.usage_record ADD FOREIGN KEY (subscription_id) REFERENCES orders.subscription(id)");
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);
    platform.platform.startService(new UsageService(), platform.options).await(60, TimeUnit.SECONDS);

    assertEquals(before, platform.get(utilization, shop.token).items(), "the same utilization, day for day");
    assertEquals(24, platform.post("/v1/customers/" + c[0] + "/subscriptions/" + c[1] + "/usage", shop.token,
        new JsonObject().put("items", items).encode()).json().getInteger("replaced"), "the moved records are the ones a new upload replaces");
  }
}
