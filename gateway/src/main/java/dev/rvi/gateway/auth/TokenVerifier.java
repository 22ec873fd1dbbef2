package dev.rvi.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.rvi.domain.bus.BusTrust;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.notification.Audiences;
import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.bus.Role;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Verifies bearer tokens: the algorithm must be on the allow-list (never {@code none}, never HMAC, so
 * a token "signed" with the public key is refused), the signature must match a configured key,
 * {@code exp} must be present and not passed, nor further ahead than the maximum lifetime (nor, with an
 * {@code iat}, further after it), {@code nbf} not in the future, {@code iss} and {@code aud} must be ours, and
 * {@code tid} and {@code roles} must be there. A header with {@code crit} is refused: only a recipient that
 * understands the extensions it names may accept the token, and we understand none (RFC 7515 §4.1.11). The
 * claims are read and checked before the signature, so every refusal says in plain words what is wrong.
 * Roles count only in their kind of tenant ({@link OperatorTenants}). A verified token is remembered until it
 * expires, so the signature is checked once per token, not once per request.
 */
public final class TokenVerifier {
  public static final Set<String> ALLOWED_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "ES256", "ES384");
  /** Verified tokens remembered at most; the least used go first. */
  static final int CACHE_LIMIT = 20_000;

  private final Vertx vertx;
  private volatile JWTAuth auth;
  private volatile Set<String> knownKids = Set.of();
  private final TokenSettings settings;
  private final AtomicLong lastRefresh = new AtomicLong(Long.MIN_VALUE / 2);
  private volatile Future<Void> refreshing;
  private final WebClient web;
  private final OperatorTenants operators;
  private final Cache<String, Verified> cache = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).expireAfter(new Expiry<String, Verified>() {
    @Override
    public long expireAfterCreate(String token, Verified verified, long now) {
      long left = verified.expiresAtSeconds() - System.currentTimeMillis() / 1000 + settings.leewaySeconds();
      return TimeUnit.SECONDS.toNanos(Math.max(1, Math.min(left, 86_400)));
    }

    @Override
    public long expireAfterUpdate(String token, Verified verified, long now, long current) {
      return current;
    }

    @Override
    public long expireAfterRead(String token, Verified verified, long now, long current) {
      return current;
    }
  }).executor(Runnable::run).build();

  private record Verified(Caller caller, long expiresAtSeconds) {}

  /** Why a token was refused; the text is safe to show the caller. */
  public static final class Rejected extends RuntimeException {
    public Rejected(String message) {
      super(message, null, false, false);
    }
  }

  public TokenVerifier(Vertx vertx, TokenSettings settings) {
    this.vertx = vertx;
    this.settings = settings;
    this.operators = BusTrust.of(vertx).operators();
    this.auth = build(settings.jwks());
    if (settings.jwksUrl() != null) {
      this.web = WebClient.create(vertx);
      this.refreshing = refresh();
    } else {
      this.web = null;
      this.refreshing = Future.succeededFuture();
    }
  }

  private JWTAuth build(JsonObject jwks) {
    JWTAuthOptions options = new JWTAuthOptions().setJWTOptions(new JWTOptions()
        .setIssuer(settings.issuer())
        .setAudience(List.of(settings.audience()))
        .setLeeway(settings.leewaySeconds()));
    Set<String> kids = new LinkedHashSet<>();
    if (jwks != null) {
      JsonArray keys = jwks.getJsonArray("keys", new JsonArray());
      for (int i = 0; i < keys.size(); i++) {
        JsonObject jwk = keys.getJsonObject(i);
        if (jwk.getString("alg") == null || ALLOWED_ALGORITHMS.contains(jwk.getString("alg"))) {
          options.addJwk(jwk);
          if (jwk.getString("kid") != null) {
            kids.add(jwk.getString("kid"));
          }
        }
      }
    }
    if (settings.publicKeyPem() != null) {
      options.addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(settings.publicKeyPem()));
    }
    this.knownKids = Set.copyOf(kids);
    return JWTAuth.create(vertx, options);
  }

  /**
   * Fetches the identity provider's keys. Concurrent callers share one fetch; the keys in use stay
   * until a fetch succeeds, so a provider that is briefly down does not lock everyone out.
   */
  private synchronized Future<Void> refresh() {
    if (refreshing != null && !refreshing.isComplete()) {
      return refreshing;
    }
    lastRefresh.set(System.nanoTime());
    refreshing = web.getAbs(settings.jwksUrl()).timeout(5000).send().map(response -> {
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the JWKS URL answered " + response.statusCode());
      }
      this.auth = build(response.bodyAsJsonObject());
      // Tokens verified with keys that may now be retired are checked again.
      cache.invalidateAll();
      return (Void) null;
    }).recover(e -> {
      LoggerFactory.getLogger(TokenVerifier.class).warn("could not fetch the JWKS from {}: {}", settings.jwksUrl(), e.getMessage());
      return Future.succeededFuture();
    });
    return refreshing;
  }

  /** A token names a key we do not know: fetch the keys again, unless that was done too recently. */
  private Future<Void> keysFor(String kid) {
    if (web == null) {
      return Future.succeededFuture();
    }
    if (!refreshing.isComplete()) {
      return refreshing;
    }
    if (kid == null || knownKids.contains(kid)) {
      return Future.succeededFuture();
    }
    if (System.nanoTime() - lastRefresh.get() < settings.jwksRefresh().toNanos()) {
      return Future.succeededFuture();
    }
    return refresh();
  }

  public Future<Caller> verify(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Future.failedFuture(new Rejected("an Authorization: Bearer <token> header is required"));
    }
    String token = authorization.substring(7).trim();
    long now = System.currentTimeMillis() / 1000;
    Verified known = cache.getIfPresent(token);
    if (known != null) {
      if (known.expiresAtSeconds() + settings.leewaySeconds() > now) {
        return Future.succeededFuture(known.caller());
      }
      cache.invalidate(token);
      return Future.failedFuture(new Rejected("the token has expired"));
    }
    String kid;
    Verified claimed;
    try {
      kid = checkHeader(token);
      claimed = caller(payload(token), now);
    } catch (Rejected e) {
      return Future.failedFuture(e);
    }
    return keysFor(kid).compose(v -> auth.authenticate(new TokenCredentials(token)))
        .recover(e -> Future.failedFuture(new Rejected(plain(e.getMessage()))))
        .map(user -> {
          // The signature is good, so the claims read before are the token's own.
          cache.put(token, claimed);
          return claimed.caller();
        });
  }

  /** Checks the header and answers the key id it names (or null). */
  private String checkHeader(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw new Rejected("the token is not a signed JWT");
    }
    JsonObject header;
    try {
      header = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new Rejected("the token's header is not readable");
    }
    String alg = header.getString("alg");
    if (alg == null || !ALLOWED_ALGORITHMS.contains(alg)) {
      throw new Rejected("algorithm " + alg + " is not accepted");
    }
    if (header.containsKey("crit")) {
      throw new Rejected("the token's header names critical extensions (crit), and none is understood here");
    }
    return header.getString("kid");
  }

  private static JsonObject payload(String token) {
    try {
      return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.", -1)[1]), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new Rejected("the token's claims are not readable JSON");
    }
  }

  /** Every claim the product relies on, checked here (vertx-auth-jwt checks the signature and some of them again). */
  private Verified caller(JsonObject claims, long now) {
    Object expValue = claims.getValue("exp");
    if (expValue == null) {
      throw new Rejected("the token has no exp claim");
    }
    if (!(expValue instanceof Number exp)) {
      throw new Rejected("the token's exp claim must be a number (seconds since 1970-01-01)");
    }
    if (exp.longValue() <= now - settings.leewaySeconds()) {
      throw new Rejected("the token has expired");
    }
    long maxLifetime = settings.maxLifetime().toSeconds();
    if (exp.longValue() > now + maxLifetime + settings.leewaySeconds()) {
      throw new Rejected("the token lives too long: its exp is more than " + maxLifetime + " s ahead");
    }
    Object nbf = claims.getValue("nbf");
    if (nbf != null && !(nbf instanceof Number)) {
      throw new Rejected("the token's nbf claim must be a number (seconds since 1970-01-01)");
    }
    if (nbf instanceof Number n && n.longValue() - settings.leewaySeconds() > now) {
      throw new Rejected("the token is not valid yet: its nbf (not before) is in the future");
    }
    Object iat = claims.getValue("iat");
    if (iat != null && !(iat instanceof Number)) {
      throw new Rejected("the token's iat claim must be a number (seconds since 1970-01-01)");
    }
    // exp - iat, written so that no iat (however far in the past) overflows it.
    if (iat instanceof Number issued && issued.longValue() < exp.longValue() - maxLifetime) {
      throw new Rejected("the token lives too long: from its iat to its exp is more than " + maxLifetime + " s");
    }
    if (!settings.issuer().equals(claims.getValue("iss"))) {
      throw new Rejected("the token is from another issuer");
    }
    Object aud = claims.getValue("aud");
    boolean audienceOk = aud instanceof String s ? s.equals(settings.audience())
        : aud instanceof JsonArray a && a.contains(settings.audience());
    if (!audienceOk) {
      throw new Rejected("the token is for another audience");
    }
    Object tid = claims.getValue("tid");
    if (!(tid instanceof String tenant) || tenant.isBlank()) {
      throw new Rejected("the token has no tid (tenant) claim");
    }
    if (tenant.equals(Caller.SYSTEM.tenantId()) || tenant.equals(Audiences.OPERATOR)) {
      throw new Rejected("the token's tenant " + tenant + " is reserved for the platform itself");
    }
    Object roles = claims.getValue("roles");
    if (!(roles instanceof JsonArray list)) {
      throw new Rejected("the token has no roles claim");
    }
    Set<String> known = new LinkedHashSet<>();
    for (Object r : list) {
      if (r instanceof String role && Role.ALL.contains(role)) {
        known.add(role);
      }
    }
    Object subject = claims.getValue("sub");
    if (subject != null && !(subject instanceof String)) {
      throw new Rejected("the token's sub claim must be a string");
    }
    String sub = subject == null ? "unknown" : (String) subject;
    return new Verified(operators.admit(new Caller(tenant, sub, known)), exp.longValue());
  }

  /** The claims were checked before: what vertx-auth-jwt still refuses is the signature or the key. */
  private static String plain(String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (text.contains("expired")) {
      return "the token has expired";
    }
    if (text.contains("issuer") || text.contains("audience")) {
      return "the token is for another issuer or audience";
    }
    return "the token's signature does not match any trusted key";
  }
}
