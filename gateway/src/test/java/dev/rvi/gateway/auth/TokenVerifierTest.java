package dev.rvi.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.OperatorTenants;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens that live too long and tokens with critical header extensions are refused like any other bad token (the
 * guard answers every {@link TokenVerifier.Rejected} with 401); an ordinary token passes.
 */
class TokenVerifierTest {
  private static final int LEEWAY = 5;
  private static final long DAY = Duration.ofHours(24).toSeconds();

  private static Vertx vertx;
  private static DevelopmentKeys keys;
  private static SignedTokens tokens;
  private static TokenVerifier verifier;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    BusTrust.local(OperatorTenants.DEFAULT).install(vertx);
    keys = DevelopmentKeys.loadOrCreate(Files.createTempDirectory("token-verifier"));
    tokens = new SignedTokens(keys);
    verifier = verifierWith(TokenSettings.DEFAULT_MAX_LIFETIME);
  }

  @AfterAll
  static void stop() {
    vertx.close();
  }

  private static TokenVerifier verifierWith(Duration maxLifetime) {
    return new TokenVerifier(vertx, TokenSettings.pem(TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE, keys.publicKeyPem(), LEEWAY)
        .withMaxLifetime(maxLifetime));
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static Caller verify(TokenVerifier verifier, String token) throws Exception {
    return verifier.verify("Bearer " + token).await(10, TimeUnit.SECONDS);
  }

  private static void assertRefused(TokenVerifier verifier, String token, String why) {
    TokenVerifier.Rejected refused = assertThrows(TokenVerifier.Rejected.class, () -> verify(verifier, token));
    assertTrue(refused.getMessage().contains(why), () -> "'" + why + "' in: " + refused.getMessage());
  }

  @Test
  void anOrdinaryTokenPasses() throws Exception {
    Caller caller = verify(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now())));
    assertEquals("tenant-1", caller.tenantId());
    assertEquals("user-1", caller.userId());
    assertEquals(Set.of("AdminAgent"), caller.roles());
  }

  @Test
  void aTokenOfTheLongestLifetimePasses() throws Exception {
    long now = now();
    assertEquals("tenant-1", verify(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("exp", now + DAY))).tenantId());
    JsonObject noIat = SignedTokens.claims(now).put("exp", now + DAY - 60);
    noIat.remove("iat");
    assertEquals("tenant-1", verify(verifier, tokens.sign(SignedTokens.header(), noIat)).tenantId());
  }

  @Test
  void aTokenWhoseExpIsFurtherAheadThanTheMaximumLifetimeIsRefused() throws Exception {
    long now = now();
    JsonObject noIat = SignedTokens.claims(now).put("exp", now + DAY + LEEWAY + 60);
    noIat.remove("iat");
    assertRefused(verifier, tokens.sign(SignedTokens.header(), noIat), "lives too long");
    JsonObject tenYears = SignedTokens.claims(now).put("exp", now + 10 * 365 * DAY);
    assertRefused(verifier, tokens.sign(SignedTokens.header(), tenYears), "lives too long");
    assertRefused(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("exp", 1e300)), "lives too long");
  }

  @Test
  void aTokenIssuedLongerThanTheMaximumLifetimeBeforeItsExpIsRefused() throws Exception {
    long now = now();
    assertRefused(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("iat", now - 2 * DAY)), "from its iat to its exp");
    assertRefused(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("iat", now - DAY - 1)), "from its iat to its exp");
    assertRefused(verifier, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("iat", Long.MIN_VALUE)), "from its iat to its exp");
  }

  @Test
  void theMaximumLifetimeIsConfigurable() throws Exception {
    TokenVerifier hourly = verifierWith(Duration.ofHours(1));
    long now = now();
    assertEquals("tenant-1", verify(hourly, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("exp", now + 3000))).tenantId());
    assertRefused(hourly, tokens.sign(SignedTokens.header(), SignedTokens.claims(now).put("exp", now + 7200)), "more than 3600 s");
    JsonObject issuedEarlier = SignedTokens.claims(now).put("iat", now - 3000).put("exp", now + 1200);
    assertRefused(hourly, tokens.sign(SignedTokens.header(), issuedEarlier), "from its iat to its exp is more than 3600 s");
  }

  @Test
  void aTokenMintedForTheDevelopmentSignInPasses() throws Exception {
    TokenMinter minter = new TokenMinter(vertx, keys, TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE);
    Caller caller = verify(verifier, minter.mint("tenant-2", List.of("SalesAgent"), "dev-user", TokenSettings.DEFAULT_MAX_LIFETIME));
    assertEquals("tenant-2", caller.tenantId());
  }

  @Test
  void aHeaderWithCritIsRefusedWhateverItNames() throws Exception {
    JsonObject claims = SignedTokens.claims(now());
    for (Object crit : List.of(new JsonArray(List.of("exp")), new JsonArray(List.of("b64")), new JsonArray(), "b64",
        new JsonArray(List.of("http://example.com/ext")))) {
      JsonObject header = SignedTokens.header().put("crit", crit).put("b64", true).put("exp", 1);
      assertRefused(verifier, tokens.sign(header, claims), "crit");
    }
    JsonObject nullCrit = SignedTokens.header().putNull("crit");
    assertRefused(verifier, tokens.sign(nullCrit, claims), "crit");
  }
}
