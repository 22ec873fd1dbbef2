package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rvi.gateway.HttpsSettings;
import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The gateway speaking TLS itself, from a PEM certificate and key (made here with the JDK's keytool):
 * HTTPS answers with HSTS; a plain-HTTP request to the same port gets no answer.
 */
class HttpsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @Test
  void theGatewayServesHttpsFromPemFiles() throws Exception {
    Path dir = Files.createTempDirectory("rvi-tls");
    Path keystore = dir.resolve("gateway.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "gateway", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, keytool.waitFor(), () -> "keytool: " + said);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(keystore.toFile())) {
      store.load(in, PASSWORD);
    }
    Path cert = dir.resolve("gateway.crt");
    Path key = dir.resolve("gateway.key");
    Files.writeString(cert, pem("CERTIFICATE", store.getCertificate("gateway").getEncoded()));
    Files.writeString(key, pem("PRIVATE KEY", ((PrivateKey) store.getKey("gateway", PASSWORD)).getEncoded()));

    try (TestPlatform platform = TestPlatform.start(false, gateway -> gateway.withHttps(new HttpsSettings(cert.toString(), key.toString())))) {
      HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(store.getCertificate("gateway")))
          .connectTimeout(Duration.ofSeconds(10)).build();
      String base = platform.baseUrl.replace("http://", "https://");
      HttpResponse<String> live = https.send(HttpRequest.newBuilder(URI.create(base + "/health/live")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, live.statusCode());
      assertEquals("max-age=31536000", live.headers().firstValue("Strict-Transport-Security").orElse(null));
      HttpResponse<String> partners = https.send(HttpRequest.newBuilder(URI.create(base + "/v1/admin/partners"))
          .header("Authorization", "Bearer " + platform.operatorToken()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, partners.statusCode(), partners::body);

      HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      int plainStatus;
      try {
        plainStatus = plain.sendAsync(HttpRequest.newBuilder(URI.create(platform.baseUrl + "/health/live")).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS).statusCode();
      } catch (Exception refused) {
        plainStatus = -1;
      }
      assertNotEquals(200, plainStatus, "plain HTTP is not served on the TLS port");
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private static SSLContext trusting(Certificate certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("gateway", certificate);
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
