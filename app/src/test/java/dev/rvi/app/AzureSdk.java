package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's own Azure SDK clients for JavaScript, from npm at the versions of {@code src/test/node/package-lock.json},
 * installed once into {@code target/azure-sdk} and run by Node, unchanged: each call runs one operation of a script there
 * and returns what the client handed back. Without Node on the machine (CI installs it) the tests that need it skip.
 */
final class AzureSdk {
  private static final Path SOURCE = Path.of("src", "test", "node");
  private static final Path HOME = Path.of("target", "azure-sdk");

  private final String endpoint;
  private final Path trusted;

  private AzureSdk(String endpoint, Path trusted) {
    this.endpoint = endpoint;
    this.trusted = trusted;
  }

  /** The clients, pointed at the platform's gateway (which speaks TLS), trusting its certificate. */
  static AzureSdk install(TestPlatform platform) {
    return install(platform.baseUrl, platform.certificate);
  }

  /** The clients, pointed at {@code endpoint} (https), trusting the certificate {@code trusted} (PEM). */
  static synchronized AzureSdk install(String endpoint, Path trusted) {
    assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are needed to run Azure's SDKs (.ci/run installs them)");
    try {
      Files.createDirectories(HOME);
      try (var files = Files.list(SOURCE)) {
        for (Path file : files.toList()) {
          Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (!Files.isDirectory(HOME.resolve("node_modules/@azure/arm-reservations"))
          || !Files.isDirectory(HOME.resolve("node_modules/@azure/arm-billingbenefits"))) {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(HOME.toFile())
            .redirectErrorStream(true).start();
        String said = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
          throw new IllegalStateException("npm ci failed: " + said);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new AzureSdk(endpoint, trusted);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && List.of(path.split(File.pathSeparator)).stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  /** Runs {@code operation} of {@code script} with a token: {@code {"result": ...}} or {@code {"error": {statusCode, code, message}}}. */
  JsonObject run(String script, String token, String operation, JsonObject arguments) {
    try {
      ProcessBuilder node = new ProcessBuilder("node", script, operation, arguments.encode()).directory(HOME.toFile());
      node.environment().put("RVI_ENDPOINT", endpoint);
      node.environment().put("RVI_TOKEN", token);
      node.environment().put("NODE_EXTRA_CA_CERTS", trusted.toAbsolutePath().toString());
      Path errors = Files.createTempFile("azure-sdk", ".err");
      Process process = node.redirectError(errors.toFile()).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(operation + " did not run: " + Files.readString(errors) + out);
      }
      Files.deleteIfExists(errors);
      return new JsonObject(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the client answered; fails with what it raised instead. */
  static JsonObject result(JsonObject ran) {
    assertTrue(ran.containsKey("result"), () -> "the client raised " + ran.encode());
    return ran.getJsonObject("result");
  }

  static JsonArray results(JsonObject ran) {
    assertTrue(ran.containsKey("result"), () -> "the client raised " + ran.encode());
    return ran.getJsonArray("result");
  }

  /** The error the client raised, with its HTTP status and ARM's code as the client surfaces them. */
  static JsonObject raised(JsonObject ran, int status, String code) {
    JsonObject error = ran.getJsonObject("error");
    assertNotNull(error, () -> "expected the client to raise " + status + ", it answered " + ran.encode());
    assertEquals(status, error.getInteger("statusCode"), ran::encode);
    assertEquals(code, error.getString("code"), ran::encode);
    return error;
  }
}
