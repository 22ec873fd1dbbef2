package dev.rvi.gateway.auth;

import io.vertx.core.json.JsonObject;
import java.time.Duration;

/**
 * How tokens are checked: the issuer and audience every token must name, and the keys that may have
 * signed it: a PEM public key, a JWKS document, or a JWKS URL of the identity provider (fetched at
 * start and again, at most once per {@code jwksRefresh}, when a token names a key id not seen yet).
 * Leeway covers clock skew for exp/nbf.
 */
public record TokenSettings(String issuer, String audience, String publicKeyPem, JsonObject jwks, String jwksUrl,
                            Duration jwksRefresh, int leewaySeconds) {

  public static final String DEV_ISSUER = "https://rvi.local/dev-issuer";
  public static final String DEV_AUDIENCE = "rvi-partner-api";

  public static TokenSettings pem(String issuer, String audience, String publicKeyPem, int leewaySeconds) {
    return new TokenSettings(issuer, audience, publicKeyPem, null, null, null, leewaySeconds);
  }

  public static TokenSettings jwks(String issuer, String audience, JsonObject jwks, int leewaySeconds) {
    return new TokenSettings(issuer, audience, null, jwks, null, null, leewaySeconds);
  }

  public static TokenSettings jwksUrl(String issuer, String audience, String url, Duration refresh, int leewaySeconds) {
    return new TokenSettings(issuer, audience, null, null, url, refresh, leewaySeconds);
  }
}
