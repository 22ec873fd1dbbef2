package dev.rvi.gateway.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Duration;
import java.util.List;

/** Signs development tokens with the development private key (RS256). */
public final class TokenMinter {
  private final JWTAuth auth;
  private final String issuer;
  private final String audience;

  public TokenMinter(Vertx vertx, DevelopmentKeys keys, String issuer, String audience) {
    this.issuer = issuer;
    this.audience = audience;
    this.auth = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(keys.privateKeyPem())));
  }

  public String mint(String tenantId, List<String> roles, String user, Duration ttl) {
    JsonObject claims = new JsonObject()
        .put("tid", tenantId)
        .put("roles", new JsonArray(List.copyOf(roles)))
        .put("nbf", System.currentTimeMillis() / 1000 - 5);
    return auth.generateToken(claims, new JWTOptions()
        .setAlgorithm("RS256")
        .setIssuer(issuer)
        .setAudience(List.of(audience))
        .setSubject(user)
        .setExpiresInSeconds((int) ttl.toSeconds()));
  }
}
