package dev.rvi.gateway.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** Signs any header and claims with a development key (RS256), to make the tokens an attacker would try. */
final class SignedTokens {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;

  SignedTokens(DevelopmentKeys keys) {
    try {
      String base64 = keys.privateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject header() {
    return new JsonObject().put("alg", "RS256").put("typ", "JWT");
  }

  /** A partner admin's claims, issued now and valid for ten minutes. */
  static JsonObject claims(long now) {
    return new JsonObject().put("iss", TokenSettings.DEV_ISSUER).put("aud", TokenSettings.DEV_AUDIENCE).put("sub", "user-1")
        .put("tid", "tenant-1").put("roles", new JsonArray(List.of("AdminAgent"))).put("iat", now).put("nbf", now - 5)
        .put("exp", now + 600);
  }

  String sign(JsonObject header, JsonObject claims) {
    try {
      String signingInput = part(header) + "." + part(claims);
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(signature.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(JsonObject json) {
    return B64.encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
  }
}
