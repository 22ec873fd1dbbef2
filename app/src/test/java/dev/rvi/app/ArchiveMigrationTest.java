package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.order.OrderService;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reservations written by the version before archiving (orders V17) read the same, not archived, and can be archived once ended. */
class ArchiveMigrationTest {
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
  void reservationsWrittenBeforeReadTheSameAndArchiveOnceEnded() throws Exception {
    String[] c = shop.newCustomer("archive-migration.example", "US");
    JsonObject bought = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 2, "P1Y", "Shared");
    String path = Shop.path(c[0], bought);
    String order = "/providers/Microsoft.Capacity/reservationOrders/" + bought.getString("reservationOrderId");
    String arm = order + "/reservations/" + bought.getString("id");

    platform.platform.stopService("orders").await(30, TimeUnit.SECONDS);
    platform.sql(PreviousSchemas.BEFORE_ARCHIVE);
    platform.platform.startService(new OrderService(), platform.options).await(60, TimeUnit.SECONDS);

    JsonObject read = platform.get(path, shop.token).json();
    assertEquals(false, read.getBoolean("archived"));
    JsonObject expected = bought.copy();
    expected.remove("utilization");
    read.remove("utilization");
    assertEquals(expected, read, "the reservation reads as it was written");

    // In force: not archived. Split (so ended): archived, hidden from the unarchived list, shown again when unarchived.
    ErrorShape.assertArmRefused(platform.post(arm + "/archive?api-version=2022-11-01", shop.token, ""), 400, "BadRequest");
    TestPlatform.Reply split = platform.post(order + "/split?api-version=2022-11-01", shop.token,
        "{\"properties\":{\"quantities\":[1,1],\"reservationId\":\"" + arm + "\"}}");
    assertEquals(202, split.status(), split::toString);
    assertEquals(200, platform.post(arm + "/archive?api-version=2022-11-01", shop.token, "").status());
    String unarchived = "/providers/Microsoft.Capacity/reservations?api-version=2022-11-01&take=1000&%24filter="
        + "properties%2Farchived%20eq%20false";
    assertEquals(false, platform.get(unarchived, shop.token).body().contains(bought.getString("id")));
    assertEquals(true, platform.get(arm + "?api-version=2022-11-01", shop.token).json().getJsonObject("properties").getBoolean("archived"));
    assertEquals(200, platform.post(arm + "/unarchive?api-version=2022-11-01", shop.token, "").status());
    assertEquals(true, platform.get(unarchived, shop.token).body().contains(bought.getString("id")));
    ErrorShape.assertArmRefused(platform.post(arm + "/archive?api-version=2022-11-01", platform.token(DemoData.FABRIKAM.id(), "AdminAgent"), ""),
        404, "ResourceNotFound");
  }
}
