package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Onboarding partners and linking resellers to providers. */
class OperatorAdminTest {
  private static TestPlatform platform;
  private static String operator;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
    operator = platform.operatorToken();
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private static String partner(String id, String mpn, String type) {
    return new JsonObject().put("id", id).put("name", "Partner " + id).put("mpnId", mpn).put("type", type)
        .put("country", "US").encode();
  }

  @Test
  void onboardAndLink() {
    TestPlatform.Reply provider = platform.post("/v1/admin/partners", operator, partner("prov-1", "9000001", "indirectProvider"));
    assertEquals(201, provider.status(), provider::toString);
    assertEquals("indirectProvider", provider.json().getString("type"));
    assertEquals(201, platform.post("/v1/admin/partners", operator, partner("resl-1", "9000002", "indirectReseller")).status());
    assertEquals(201, platform.post("/v1/admin/partners", operator, partner("dire-1", "9000003", "direct")).status());

    TestPlatform.Reply link = platform.put("/v1/admin/partners/prov-1/resellers/resl-1", operator, "");
    assertEquals(200, link.status(), link::toString);
    assertEquals("9000002", link.json().getString("resellerMpnId"));
    assertEquals(200, platform.put("/v1/admin/partners/prov-1/resellers/resl-1", operator, "").status(), "linking is idempotent");

    JsonObject listed = platform.get("/v1/admin/partners", operator).items().stream()
        .filter(p -> p.getString("id").equals("prov-1")).findFirst().orElseThrow();
    assertEquals("resl-1", listed.getJsonArray("resellers").getString(0));
    JsonObject fabrikam = platform.get("/v1/admin/partners", operator).items().stream()
        .filter(p -> p.getString("id").equals(DemoData.FABRIKAM.id())).findFirst().orElseThrow();
    assertEquals(2, fabrikam.getJsonArray("resellers").size(), "the demo provider has two resellers");
  }

  @Test
  void refusals() {
    assertEquals(201, platform.post("/v1/admin/partners", operator, partner("prov-2", "9100001", "indirectProvider")).status());
    assertRefused(platform.post("/v1/admin/partners", operator, partner("prov-2", "9100009", "direct")), 409);
    assertRefused(platform.post("/v1/admin/partners", operator, partner("prov-9", "9100001", "direct")), 409);
    assertRefused(platform.post("/v1/admin/partners", operator, partner("prov-3", "9100002", "reseller")), 400);
    assertRefused(platform.post("/v1/admin/partners", operator, partner("prov-3", "12", "direct")), 400);
    assertRefused(platform.post("/v1/admin/partners", operator, partner("x", "9100003", "direct")), 400);
    assertRefused(platform.post("/v1/admin/partners", operator, "{\"id\": \"prov-4\"}"), 400);
    assertRefused(platform.post("/v1/admin/partners", operator, "{\"id\": 42, \"name\": \"n\"}"), 400);

    assertEquals(201, platform.post("/v1/admin/partners", operator, partner("dire-2", "9100004", "direct")).status());
    assertRefused(platform.put("/v1/admin/partners/prov-2/resellers/dire-2", operator, ""), 400, 800016);
    assertRefused(platform.put("/v1/admin/partners/dire-2/resellers/prov-2", operator, ""), 400);
    assertRefused(platform.put("/v1/admin/partners/prov-2/resellers/nobody-here", operator, ""), 404);
    assertRefused(platform.put("/v1/admin/partners/prov-2/resellers/dire-2", platform.token("prov-2", "AdminAgent"), ""), 403);
  }
}
