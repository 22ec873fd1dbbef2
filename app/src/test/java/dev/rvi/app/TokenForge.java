package dev.rvi.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs arbitrary headers and claims, to make the tokens an attacker would try. */
final class TokenForge {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private TokenForge() {}

  static JsonObject claims(String issuer, String audience, String tenant, String... roles) {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject().put("iss", issuer).put("aud", audience).put("sub", "user-1").put("tid", tenant)
        .put("roles", new JsonArray(List.of(roles))).put("iat", now).put("nbf", now - 5).put("exp", now + 600);
  }

  static String rs256(String privateKeyPem, JsonObject claims) {
    return rs256(privateKeyPem, new JsonObject().put("alg", "RS256").put("typ", "JWT"), claims);
  }

  static String rs256(String privateKeyPem, JsonObject header, JsonObject claims) {
    try {
      String signingInput = part(header) + "." + part(claims);
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey(privateKeyPem));
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(signature.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The classic key-confusion attack: HMAC with the server's public key as the secret. */
  static String hs256WithKey(String keyText, JsonObject claims) {
    try {
      String signingInput = part(new JsonObject().put("alg", "HS256").put("typ", "JWT")) + "." + part(claims);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keyText.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String unsigned(JsonObject claims) {
    return part(new JsonObject().put("alg", "none").put("typ", "JWT")) + "." + part(claims) + ".";
  }

  /** Replaces the payload of a signed token, keeping its signature. */
  static String withPayload(String token, JsonObject claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + part(claims) + "." + parts[2];
  }

  static String part(JsonObject json) {
    return B64.encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
  }

  private static PrivateKey privateKey(String pem) throws Exception {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
