package dev.rvi.gateway.auth;

import io.vertx.core.json.JsonObject;

/**
 * How tokens are checked: the issuer and audience every token must name, and the keys that may have
 * signed it (a PEM public key, or a JWKS document). Leeway covers clock skew for exp/nbf.
 */
public record TokenSettings(String issuer, String audience, String publicKeyPem, JsonObject jwks, int leewaySeconds) {

  public static final String DEV_ISSUER = "https://rvi.local/dev-issuer";
  public static final String DEV_AUDIENCE = "rvi-partner-api";
}
