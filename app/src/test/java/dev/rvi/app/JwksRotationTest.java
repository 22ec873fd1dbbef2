package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.auth.TokenVerifier;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys from an identity provider's JWKS URL (served locally here): rotation, and a throttled refresh for unknown key ids. */
class JwksRotationTest {
  private static final String ISSUER = "https://login.example.com/t/v2.0";
  private static final String AUDIENCE = "api://rvi";
  private static Vertx vertx;
  private static HttpServer idp;
  private static final AtomicReference<JsonObject> JWKS = new AtomicReference<>();
  private static final AtomicInteger FETCHES = new AtomicInteger();
  private static DevelopmentKeys keyA;
  private static DevelopmentKeys keyB;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    keyA = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("key-a"));
    keyB = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("key-b"));
    JWKS.set(new JsonObject().put("keys", new JsonArray().add(ProductionKeysTest.jwk(keyA.publicKeyPem(), "a"))));
    idp = vertx.createHttpServer().requestHandler(req -> {
      FETCHES.incrementAndGet();
      req.response().putHeader("Content-Type", "application/json").end(JWKS.get().encode());
    }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  private static String token(DevelopmentKeys key, String kid) {
    return TokenForge.rs256(key.privateKeyPem(), new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", kid),
        TokenForge.claims(ISSUER, AUDIENCE, "tenant-1", "AdminAgent"));
  }

  private static Caller verify(TokenVerifier verifier, String token) throws Exception {
    return verifier.verify("Bearer " + token).await(10, TimeUnit.SECONDS);
  }

  @Test
  void rotatedKeysAreFetchedAndUnknownKidsDoNotHammerTheProvider() throws Exception {
    TokenVerifier verifier = new TokenVerifier(vertx, TokenSettings.jwksUrl(ISSUER, AUDIENCE,
        "http://127.0.0.1:" + idp.actualPort() + "/keys", Duration.ofMillis(700), 5));
    assertEquals("tenant-1", verify(verifier, token(keyA, "a")).tenantId());
    assertEquals(1, FETCHES.get(), "fetched once at start");

    // The provider rotates to key b; tokens signed with b name kid b.
    JWKS.set(new JsonObject().put("keys", new JsonArray().add(ProductionKeysTest.jwk(keyB.publicKeyPem(), "b"))));
    Thread.sleep(800);
    assertEquals("tenant-1", verify(verifier, token(keyB, "b")).tenantId(), "an unknown kid makes the verifier fetch again");
    assertEquals(2, FETCHES.get());
    assertThrows(Exception.class, () -> verify(verifier, token(keyA, "a")), "the retired key is no longer trusted");

    // A flood of tokens with a kid nobody published: at most one more fetch within the throttle.
    for (int i = 0; i < 20; i++) {
      assertThrows(Exception.class, () -> verify(verifier, token(keyA, "forged")));
    }
    assertTrue(FETCHES.get() <= 3, "fetches: " + FETCHES.get());
    // A token signed by another key but naming a published kid is refused too.
    assertThrows(Exception.class, () -> verify(verifier, token(keyA, "b")));
  }
}
