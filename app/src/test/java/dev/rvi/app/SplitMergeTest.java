package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Azure's split and merge, with Azure's bodies (Microsoft.Capacity Split / Merge examples), refusals included. */
class SplitMergeTest {
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

  private static String arm(JsonObject reservation) {
    return "/providers/Microsoft.Capacity/reservationOrders/" + reservation.getString("reservationOrderId") + "/reservations/"
        + reservation.getString("id");
  }

  @Test
  void splitIntoPartsThatSumThenMergeThemBack() {
    String[] c = shop.newCustomer("split.example", "US");
    JsonObject source = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 3, "P1Y", "Shared");
    String order = "/v1/customers/" + c[0] + "/reservationOrders/" + source.getString("reservationOrderId");

    // Refused: quantities that do not sum, fewer than two parts, another partner.
    assertRefused(platform.post(order + "/split", shop.token, "{\"properties\":{\"quantities\":[1,1],\"reservationId\":\"" + arm(source) + "\"}}"), 400);
    assertRefused(platform.post(order + "/split", shop.token, "{\"properties\":{\"quantities\":[3],\"reservationId\":\"" + arm(source) + "\"}}"), 400);
    assertRefused(platform.post(order + "/split", platform.token(DemoData.FABRIKAM.id(), "AdminAgent"),
        "{\"properties\":{\"quantities\":[1,2],\"reservationId\":\"" + arm(source) + "\"}}"), 404);

    TestPlatform.Reply split = platform.post(order + "/split", shop.token,
        "{\"properties\":{\"quantities\":[1,2],\"reservationId\":\"" + arm(source) + "\"}}");
    assertEquals(200, split.status(), split::toString);
    List<JsonObject> parts = split.items();
    assertEquals(2, parts.size());
    assertEquals(1, parts.get(0).getInteger("quantity"));
    assertEquals(2, parts.get(1).getInteger("quantity"));
    for (JsonObject part : parts) {
      assertEquals(source.getString("expiryDateTime"), part.getString("expiryDateTime"), "the parts keep the term and expiry");
      assertEquals(source.getString("reservationOrderId"), part.getString("reservationOrderId"));
    }
    JsonObject ended = platform.get(Shop.path(c[0], source), shop.token).json();
    assertEquals("Split", ended.getString("displayProvisioningState"));
    assertEquals(0, ended.getInteger("quantity"));
    assertRefused(platform.post(order + "/split", shop.token, "{\"properties\":{\"quantities\":[1,2],\"reservationId\":\""
        + source.getString("id") + "\"}}"), 400);
    assertTrue(platform.get(Shop.path(c[0], source) + "/revisions", shop.token).items().stream()
        .anyMatch(r -> r.getString("change").equals("split")));

    // Each part may get its own scope; parts of different scopes do not merge.
    assertEquals(200, platform.patch(Shop.path(c[0], parts.get(0)), shop.token,
        "{\"properties\":{\"appliedScopeType\":\"Single\",\"appliedScopes\":[\"/subscriptions/" + c[1] + "\"]}}").status());
    String merge = "{\"properties\":{\"sources\":[\"" + arm(parts.get(0)) + "\",\"" + arm(parts.get(1)) + "\"]}}";
    assertRefused(platform.post(order + "/merge", shop.token, merge), 400);
    assertRefused(platform.post(order + "/merge", shop.token, "{\"properties\":{\"sources\":[\"" + arm(parts.get(1)) + "\"]}}"), 400);
    assertEquals(200, platform.patch(Shop.path(c[0], parts.get(0)), shop.token, "{\"appliedScopeType\":\"Shared\"}").status());

    TestPlatform.Reply merged = platform.post(order + "/merge", shop.token, merge);
    assertEquals(200, merged.status(), merged::toString);
    assertEquals(3, merged.json().getInteger("quantity"));
    assertEquals("Merged", platform.get(Shop.path(c[0], parts.get(1)), shop.token).json().getString("displayProvisioningState"));
    // What follows the new reservation: a refund quote, and the entitlements (one per reservation with something left).
    assertEquals(200, shop.calculateRefund(c[0], merged.json(), 1).status());
    long live = platform.get("/v1/customers/" + c[0] + "/reservations", shop.token).items().stream()
        .filter(r -> r.getInteger("quantity") > 0).count();
    assertEquals(1, live);
  }

  @Test
  void reservationsOfOtherSizesOrOrdersDoNotMerge() {
    String[] c = shop.newCustomer("merge-refused.example", "US");
    JsonObject d2 = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    JsonObject other = shop.reservation(c[0], c[1], shop.item("Standard_D2s_v5", "eastus", "P1Y"), 1, "P1Y", "Shared");
    String order = "/v1/customers/" + c[0] + "/reservationOrders/" + d2.getString("reservationOrderId");
    // Another reservation order's reservation is not found under this one.
    assertRefused(platform.post(order + "/merge", shop.token, "{\"properties\":{\"sources\":[\"" + d2.getString("id") + "\",\""
        + other.getString("id") + "\"]}}"), 404);
  }
}
