package dev.rvi.gateway;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
