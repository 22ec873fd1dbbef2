package dev.rvi.app;

import static dev.rvi.app.ErrorShape.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.notification.Audiences;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every token an attacker might try is a 401; a valid token with the wrong role is a 403. */
class AuthenticationTest {
  private static final String PATH = "/v1/products?country=US";
  private static final String TENANT = DemoData.CONTOSO.id();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = TestPlatform.start(true);
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private JsonObject validClaims() {
    return TokenForge.claims(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, TENANT, "AdminAgent");
  }

  private String sign(JsonObject claims) {
    return TokenForge.rs256(platform.keys.privateKeyPem(), claims);
  }

  @Test
  void aValidTokenIsAccepted() {
    assertEquals(200, platform.get(PATH, sign(validClaims())).status());
    assertEquals(200, platform.get(PATH, platform.token(TENANT, "SalesAgent")).status());
  }

  @Test
  void missingOrMalformedAuthorizationIs401() {
    TestPlatform.Reply none = platform.get(PATH, null);
    assertRefused(none, 401, 401);
    assertEquals("Bearer error=\"invalid_token\"", none.header("WWW-Authenticate"));
    assertRefused(platform.send(HttpRequest.newBuilder(URI.create(platform.baseUrl + PATH))
        .header("Authorization", "Basic dXNlcjpwYXNz"), null), 401);
    assertRefused(platform.get(PATH, "not-a-jwt"), 401);
    assertRefused(platform.get(PATH, "a.b.c"), 401);
  }

  /** The platform's own tenant and the operator's event audience are names no token may carry. */
  @Test
  void reservedTenantIdsAre401() {
    assertRefused(platform.get(PATH, sign(validClaims().put("tid", Caller.SYSTEM.tenantId()))), 401);
    assertRefused(platform.get("/v1/events", sign(validClaims().put("tid", Audiences.OPERATOR))), 401);
  }

  @Test
  void expiredTokenIs401() {
    long now = System.currentTimeMillis() / 1000;
    assertRefused(platform.get(PATH, sign(validClaims().put("iat", now - 7200).put("nbf", now - 7200).put("exp", now - 3600))), 401);
  }

  @Test
  void tokenWithoutExpiryIs401() {
    JsonObject claims = validClaims();
    claims.remove("exp");
    assertRefused(platform.get(PATH, sign(claims)), 401);
  }

  @Test
  void notYetValidTokenIs401() {
    long now = System.currentTimeMillis() / 1000;
    assertRefused(platform.get(PATH, sign(validClaims().put("nbf", now + 3600))), 401);
  }

  @Test
  void tokenOfAnotherIssuerIs401() {
    assertRefused(platform.get(PATH, sign(validClaims().put("iss", "https://evil.example/issuer"))), 401);
  }

  @Test
  void tokenForAnotherAudienceIs401() {
    assertRefused(platform.get(PATH, sign(validClaims().put("aud", "some-other-api"))), 401);
  }

  @Test
  void algNoneIs401() {
    assertRefused(platform.get(PATH, TokenForge.unsigned(validClaims())), 401);
    String withFakeSignature = TokenForge.unsigned(validClaims()) + "c2lnbmF0dXJl";
    assertRefused(platform.get(PATH, withFakeSignature), 401);
  }

  @Test
  void tamperedPayloadIs401() {
    String token = sign(validClaims());
    String otherTenant = TokenForge.withPayload(token, validClaims().put("tid", DemoData.FABRIKAM.id()));
    assertRefused(platform.get(PATH, otherTenant), 401);
    String moreRoles = TokenForge.withPayload(token, validClaims().put("roles", new JsonArray().add("Operator")));
    assertRefused(platform.get("/v1/admin/partners", moreRoles), 401);
  }

  @Test
  void hs256SignedWithThePublicKeyIs401() {
    assertRefused(platform.get(PATH, TokenForge.hs256WithKey(platform.keys.publicKeyPem(), validClaims())), 401);
  }

  @Test
  void tokenSignedByAnotherKeyIs401() throws Exception {
    DevelopmentKeys stranger = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("stranger"));
    assertRefused(platform.get(PATH, TokenForge.rs256(stranger.privateKeyPem(), validClaims())), 401);
  }

  @Test
  void tokenWithoutTenantOrRolesIs401() {
    JsonObject noTenant = validClaims();
    noTenant.remove("tid");
    assertRefused(platform.get(PATH, sign(noTenant)), 401);
    JsonObject noRoles = validClaims();
    noRoles.remove("roles");
    assertRefused(platform.get(PATH, sign(noRoles)), 401);
  }

  @Test
  void wrongRoleIs403() {
    assertRefused(platform.get("/v1/admin/partners", platform.token(TENANT, "AdminAgent")), 403, 403);
    assertRefused(platform.post("/v1/admin/priceSheets", platform.token(TENANT, "AdminAgent", "BillingAdmin"), "{\"Items\":[]}"), 403);
    assertRefused(platform.get(PATH, sign(validClaims().put("roles", new JsonArray().add("Superuser")))), 403);
    assertEquals(200, platform.get("/v1/admin/partners", platform.operatorToken()).status());
  }
}
