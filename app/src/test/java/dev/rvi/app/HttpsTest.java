package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rvi.domain.testing.SelfSignedCertificate;
import dev.rvi.gateway.HttpsSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway speaking TLS itself, from a PEM certificate and key (made with the JDK's keytool):
 * HTTPS answers with HSTS; a plain-HTTP request to the same port gets no answer.
 */
class HttpsTest {

  @Test
  void theGatewayServesHttpsFromPemFiles() throws Exception {
    SelfSignedCertificate tls = SelfSignedCertificate.create(Files.createTempDirectory("rvi-tls"));
    try (TestPlatform platform = TestPlatform.start(false,
        gateway -> gateway.withHttps(new HttpsSettings(tls.cert().toString(), tls.key().toString())))) {
      HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls.trustingIt())
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
}
