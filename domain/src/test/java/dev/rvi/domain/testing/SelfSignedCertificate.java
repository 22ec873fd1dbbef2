package dev.rvi.domain.testing;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with the JDK's own keytool (no openssl
 * needed), written as PEM: {@code cert} (also usable as its own CA) and {@code key} (PKCS#8).
 */
public record SelfSignedCertificate(Path cert, Path key, Certificate certificate) {
  private static final char[] PASSWORD = "changeit".toCharArray();

  public static SelfSignedCertificate create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
    Path keystore = dir.resolve("self-signed.p12");
    Files.deleteIfExists(keystore);
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "self", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + said);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(keystore.toFile())) {
      store.load(in, PASSWORD);
    }
    Path cert = dir.resolve("self-signed.crt");
    Path key = dir.resolve("self-signed.key");
    Files.writeString(cert, pem("CERTIFICATE", store.getCertificate("self").getEncoded()));
    Files.writeString(key, pem("PRIVATE KEY", ((PrivateKey) store.getKey("self", PASSWORD)).getEncoded()));
    return new SelfSignedCertificate(cert, key, store.getCertificate("self"));
  }

  /** A TLS context that trusts this certificate and nothing else. */
  public SSLContext trustingIt() throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("self", certificate);
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
