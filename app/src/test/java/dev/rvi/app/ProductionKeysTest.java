package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.auth.TokenVerifier;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Production verification from an identity provider's JWKS document instead of the development key. */
class ProductionKeysTest {
  private static final String ISSUER = "https://login.example.com/tenant/v2.0";
  private static final String AUDIENCE = "api://rvi";
  private static Vertx vertx;
  private static DevelopmentKeys idp;
  private static TokenVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    idp = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("idp"));
    JsonObject jwks = new JsonObject().put("keys", new JsonArray()
        .add(jwk(idp.publicKeyPem(), "key-2027")));
    verifier = new TokenVerifier(vertx, TokenSettings.jwks(ISSUER, AUDIENCE, jwks, 5));
  }

  @AfterAll
  static void tearDown() {
    vertx.close();
  }

  static JsonObject jwk(String publicPem, String kid) throws Exception {
    String base64 = publicPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    return new JsonObject().put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", kid)
        .put("n", unsigned(key.getModulus())).put("e", unsigned(key.getPublicExponent()));
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Caller verify(String token) throws Exception {
    return verifier.verify("Bearer " + token).await(10, TimeUnit.SECONDS);
  }

  @Test
  void acceptsTokensOfTheConfiguredIssuerKey() throws Exception {
    JsonObject header = new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", "key-2027");
    String token = TokenForge.rs256(idp.privateKeyPem(), header, TokenForge.claims(ISSUER, AUDIENCE, "tenant-9", "BillingAdmin"));
    Caller caller = verify(token);
    assertEquals("tenant-9", caller.tenantId());
    assertEquals(Set.of("BillingAdmin"), caller.roles());
  }

  @Test
  void refusesTokensOfTheDevelopmentIssuerOrAnUnknownKey() throws Exception {
    DevelopmentKeys other = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("other"));
    JsonObject header = new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", "key-2027");
    String forged = TokenForge.rs256(other.privateKeyPem(), header, TokenForge.claims(ISSUER, AUDIENCE, "tenant-9", "AdminAgent"));
    assertThrows(Exception.class, () -> verify(forged));
    String devIssuer = TokenForge.rs256(idp.privateKeyPem(), header,
        TokenForge.claims(TokenSettings.DEV_ISSUER, AUDIENCE, "tenant-9", "AdminAgent"));
    assertThrows(Exception.class, () -> verify(devIssuer));
  }
}
