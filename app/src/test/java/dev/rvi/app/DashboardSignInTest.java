package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.dashboard.DashboardSettings;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sign-in over HTTP: with the development keys it lists the demo partners and mints tokens only for
 * roles of the chosen tenant's kind; without them it mints nothing; with an OIDC client it says where to sign in.
 */
class DashboardSignInTest {
  private static TestPlatform.Reply get(TestPlatform platform, String path) {
    return platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + path)).GET(), null);
  }

  @Test
  void developmentKeysMintTokensForTheChosenPartnerAndRoleOnly() {
    try (TestPlatform platform = TestPlatform.start(true)) {
      JsonObject how = get(platform, "/ui/signIn.json").json();
      assertTrue(how.getBoolean("development"), how::encode);
      List<String> names = how.getJsonArray("tenants").stream().map(t -> ((JsonObject) t).getString("name")).toList();
      assertTrue(names.contains("Contoso Cloud Services") && names.contains("Fabrikam Distribution"), names::toString);
      TestPlatform.Reply minted = platform.post("/ui/devToken", null, new JsonObject().put("tenantId", DemoData.CONTOSO.id())
          .put("roles", List.of("AdminAgent")).put("userId", "pat@contoso.example").encode());
      assertEquals(200, minted.status(), minted::toString);
      assertEquals(200, platform.get("/v1/customers", minted.json().getString("token")).status(), "the minted token works on the API");
      assertRefused(platform.post("/ui/devToken", null, new JsonObject().put("tenantId", DemoData.CONTOSO.id()).put("roles", List.of("Operator")).encode()), 400);
      assertRefused(platform.post("/ui/devToken", null, new JsonObject().put("tenantId", DemoData.OPERATOR_TENANT).put("roles", List.of("AdminAgent")).encode()), 400);
      assertRefused(platform.post("/ui/devToken", null, "{\"roles\": []}"), 400);
      assertRefused(platform.post("/ui/devToken", null, "not json"), 400);
      TestPlatform.Reply page = get(platform, "/");
      assertEquals(200, page.status());
      assertTrue(page.body().contains("/ui/app.js") && !page.body().contains("<script>"), "no inline script");
      assertTrue(get(platform, "/ui/app.js").header("Content-Security-Policy").contains("script-src 'self'"));
      assertRefused(get(platform, "/ui/no-such-page.js"), 404);
    }
  }

  @Test
  void withoutDevelopmentKeysNothingIsMintedAndTheIdentityProviderIsNamed() {
    DashboardSettings oidc = new DashboardSettings(null, false, "operator", "https://login.example/authorize", "https://login.example/token",
        "dashboard-client", "openid profile");
    try (TestPlatform platform = TestPlatform.start(true, gateway -> gateway.withDashboard(oidc))) {
      JsonObject how = get(platform, "/ui/signIn.json").json();
      assertFalse(how.getBoolean("development"), how::encode);
      assertFalse(how.containsKey("tenants"));
      assertEquals("https://login.example/authorize", how.getJsonObject("oidc").getString("authorizeUrl"));
      assertEquals("dashboard-client", how.getJsonObject("oidc").getString("clientId"));
      assertRefused(platform.post("/ui/devToken", null, new JsonObject().put("tenantId", DemoData.CONTOSO.id())
          .put("roles", List.of("AdminAgent")).encode()), 404);
    }
  }
}
