package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The demo loads past writes made meanwhile: a demo partner someone else onboarded first is left as it is. */
class DemoDataTest {
  @Test
  void aPartnerOnboardedMeanwhileIsLeftAndTheRestLoads() throws Exception {
    try (TestPlatform platform = TestPlatform.start(false)) {
      String operator = platform.operatorToken();
      // Between the demo's "no partners yet" and its onboarding, an operator onboards Fabrikam's tenant id.
      TestPlatform.Reply first = platform.post("/v1/admin/partners", operator, new JsonObject().put("id", DemoData.FABRIKAM.id())
          .put("name", "Fabrikam, onboarded by hand").put("mpnId", "8800001").put("type", "direct").put("country", "US").encode());
      assertEquals(201, first.status(), first::toString);

      new DemoData(platform.vertx).loadPartnersAndCustomers().await(2, TimeUnit.MINUTES);

      JsonObject partners = platform.get("/v1/admin/partners", operator).json();
      assertEquals(4, partners.getInteger("totalCount"), partners::encode);
      JsonObject fabrikam = platform.get("/v1/admin/partners", operator).items().stream()
          .filter(p -> p.getString("id").equals(DemoData.FABRIKAM.id())).findFirst().orElseThrow();
      assertEquals("Fabrikam, onboarded by hand", fabrikam.getString("name"), "theirs stands");
      assertEquals(0, platform.get("/v1/customers", platform.token(DemoData.FABRIKAM.id(), "AdminAgent")).json().getInteger("totalCount"),
          "no demo customers for a partner the demo did not onboard");
      assertEquals(3, platform.get("/v1/customers", platform.token(DemoData.CONTOSO.id(), "AdminAgent")).json().getInteger("totalCount"));
      assertEquals(200, platform.get("/health/ready", null).status(), "the platform is still up");
    }
  }
}
