package dev.rvi.gateway.auth;

import io.vertx.core.json.JsonObject;
import java.time.Duration;

/**
 * How tokens are checked: the issuer and audience every token must name, and the keys that may have
 * signed it: a PEM public key, a JWKS document, or a JWKS URL of the identity provider (fetched at
 * start and again, at most once per {@code jwksRefresh}, when a token names a key id not seen yet).
 * Leeway covers clock skew for exp/nbf. No token may live longer than {@code maxLifetime}: neither its
 * {@code exp} further ahead of now, nor {@code exp} further after its {@code iat}, so a stolen token
 * minted to last for years is refused.
 */
public record TokenSettings(String issuer, String audience, String publicKeyPem, JsonObject jwks, String jwksUrl,
                            Duration jwksRefresh, int leewaySeconds, Duration maxLifetime) {

  public static final String DEV_ISSUER = "https://rvi.local/dev-issuer";
  public static final String DEV_AUDIENCE = "rvi-partner-api";
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(24);

  public TokenSettings {
    if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
      throw new IllegalArgumentException("a token's maximum lifetime must be more than zero, not " + maxLifetime);
    }
  }

  public static TokenSettings pem(String issuer, String audience, String publicKeyPem, int leewaySeconds) {
    return new TokenSettings(issuer, audience, publicKeyPem, null, null, null, leewaySeconds, DEFAULT_MAX_LIFETIME);
  }

  public static TokenSettings jwks(String issuer, String audience, JsonObject jwks, int leewaySeconds) {
    return new TokenSettings(issuer, audience, null, jwks, null, null, leewaySeconds, DEFAULT_MAX_LIFETIME);
  }

  public static TokenSettings jwksUrl(String issuer, String audience, String url, Duration refresh, int leewaySeconds) {
    return new TokenSettings(issuer, audience, null, null, url, refresh, leewaySeconds, DEFAULT_MAX_LIFETIME);
  }

  public TokenSettings withMaxLifetime(Duration lifetime) {
    return new TokenSettings(issuer, audience, publicKeyPem, jwks, jwksUrl, jwksRefresh, leewaySeconds, lifetime);
  }
}
