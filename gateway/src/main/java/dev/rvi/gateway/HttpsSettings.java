package dev.rvi.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * HTTPS at the gateway itself: a PEM certificate chain and its PEM private key (PKCS#8), as an ACME
 * client or a corporate CA hands them out. Without them the gateway speaks plain HTTP and TLS is the
 * load balancer's.
 */
public record HttpsSettings(String certificateFile, String privateKeyFile) {

  public HttpsSettings {
    for (String file : new String[] {certificateFile, privateKeyFile}) {
      if (file == null || !Files.isReadable(Path.of(file))) {
        throw new IllegalArgumentException("TLS needs a readable PEM certificate and key; cannot read " + file);
      }
    }
  }

  /** From {@code RVI_TLS_CERT_FILE} and {@code RVI_TLS_KEY_FILE}, or null when neither is set. */
  public static HttpsSettings from(Map<String, String> env) {
    String cert = env.get("RVI_TLS_CERT_FILE");
    String key = env.get("RVI_TLS_KEY_FILE");
    if ((cert == null || cert.isBlank()) && (key == null || key.isBlank())) {
      return null;
    }
    return new HttpsSettings(cert, key);
  }
}
