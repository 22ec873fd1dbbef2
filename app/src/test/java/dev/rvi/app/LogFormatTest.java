package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.auth.TokenMinter;
import dev.rvi.gateway.auth.TokenSettings;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code RVI_LOG_FORMAT=json}: every line the server writes is one JSON object (time, level, logger, message), the
 * access log among them with the request id, tenant and user in its MDC, and no token or webhook secret anywhere.
 */
class LogFormatTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void jsonLogsParseLineByLineAndCarryNoSecrets() throws Exception {
    ServeProcess started = ServeProcess.start(Map.of("RVI_LOG_FORMAT", "json", "RVI_LOG_LEVEL", "INFO", "RVI_WEBHOOKS_ALLOW_INSECURE", "true"));
    Process serve = started.process();
    Path dataDir = started.dataDir();
    Path log = started.log();
    Vertx vertx = Vertx.vertx();
    String base = started.base();
    String token;
    String secret;
    String requestId = "log-test-" + System.nanoTime();
    try {
      awaitUp(base, serve, log);
      token = new TokenMinter(vertx, DevelopmentKeys.loadOrCreate(dataDir), TokenSettings.DEV_ISSUER, TokenSettings.DEV_AUDIENCE)
          .mint(DemoData.CONTOSO.id(), List.of("AdminAgent"), "log-test@contoso.example", Duration.ofMinutes(5));
      HttpResponse<String> customers = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/customers"))
          .header("Authorization", "Bearer " + token).header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, customers.statusCode(), customers.body());
      HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/customers"))
          .header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, refused.statusCode());
      HttpResponse<String> webhook = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/webhooks")).header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:9/hooks\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, webhook.statusCode(), webhook.body());
      secret = new JsonObject(webhook.body()).getString("secret");
      serve.destroy();
      assertTrue(serve.waitFor(90, TimeUnit.SECONDS), "serve exits after SIGTERM");
    } finally {
      serve.destroyForcibly();
      vertx.close().await(30, TimeUnit.SECONDS);
    }

    List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.size() > 5, "the server logged: " + lines);
    boolean sawAccess = false;
    for (String line : lines) {
      JsonObject entry;
      try {
        entry = new JsonObject(line);
      } catch (DecodeException e) {
        throw new AssertionError("not a JSON line: " + line, e);
      }
      assertTrue(entry.containsKey("timestamp") && entry.containsKey("level") && entry.containsKey("loggerName")
          && entry.containsKey("formattedMessage"), line);
      assertFalse(line.contains(token), "a token in the log: " + line);
      assertFalse(line.contains(token.substring(token.lastIndexOf('.') + 1)), "a token's signature in the log: " + line);
      assertFalse(line.contains(secret) || line.contains(secret.substring("whsec_".length())), "a webhook secret in the log: " + line);
      JsonObject mdc = entry.getJsonObject("mdc");
      if ("rvi.access".equals(entry.getString("loggerName")) && mdc != null && requestId.equals(mdc.getString("requestId"))) {
        sawAccess = true;
        assertEquals(DemoData.CONTOSO.id(), mdc.getString("tenant"), line);
        assertEquals("log-test@contoso.example", mdc.getString("user"), line);
        assertTrue(entry.getString("formattedMessage").contains("GET /v1/customers 200"), line);
      }
    }
    assertTrue(sawAccess, "the access log line of the request, with its ids: " + lines);
  }

  private static void awaitUp(String base, Process serve, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(serve.isAlive(), () -> "serve stopped: " + read(log));
      if (read(log).contains("API is up")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("serve did not come up: " + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (Exception e) {
      return "";
    }
  }
}
