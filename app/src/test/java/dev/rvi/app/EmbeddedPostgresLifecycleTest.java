package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} on its embedded Postgres, in a JVM of its own, through the failures a real machine has:
 * Postgres killed under the running server (readiness turns 503, the server restarts it, requests are
 * served again); the server killed with {@code kill -9} (the next {@code serve} stops the postmaster left
 * behind and starts afresh, data kept); and SIGTERM, which stops Postgres last, after HTTP drained.
 */
class EmbeddedPostgresLifecycleTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void postgresKilledServeKilledAndAnOrderedStop() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-embedded-life");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String ready = "http://127.0.0.1:" + port + "/health/ready";
    Path log1 = dataDir.resolve("serve-1.log");
    Process serve = serve(dataDir, port, log1);
    Process second = null;
    try {
      awaitStatus(ready, 200, serve, log1);
      long postmaster = postmasterPid(dataDir);

      ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
      awaitStatus(ready, 503, serve, log1);
      awaitStatus(ready, 200, serve, log1);
      long restarted = postmasterPid(dataDir);
      assertNotEquals(postmaster, restarted, "a new postmaster serves");
      assertTrue(Files.readString(log1).contains("stopped unexpectedly; restarting it"), "the log says what happened");

      serve.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
      assertTrue(ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false), "kill -9 leaves the postmaster running");
      Path log2 = dataDir.resolve("serve-2.log");
      second = serve(dataDir, port, log2);
      awaitStatus(ready, 200, second, log2);
      assertTrue(Files.readString(log2).contains("left by a server that is gone"), Files.readString(log2));
      Eventually.await(() -> !ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false), "the orphan postmaster stops");
      long fresh = postmasterPid(dataDir);
      assertNotEquals(restarted, fresh);

      second.destroy(); // SIGTERM
      assertTrue(second.waitFor(90, TimeUnit.SECONDS), "serve exits after SIGTERM");
      String said = Files.readString(log2) + "\nexit " + second.exitValue();
      Eventually.await(() -> !ProcessHandle.of(fresh).map(ProcessHandle::isAlive).orElse(false), "Postgres stopped with the server: " + said);
      int drained = said.indexOf("HTTP drained, services stopped, pools closed");
      int stopped = said.indexOf("Embedded Postgres stopped");
      assertTrue(drained >= 0 && stopped > drained, "Postgres stops after the pools closed: " + said);
    } finally {
      serve.destroyForcibly();
      if (second != null) {
        second.destroyForcibly();
      }
    }
  }

  private static Process serve(Path dataDir, int port, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--http-port", String.valueOf(port),
        "--host", "127.0.0.1", "--data-dir", dataDir.toString(), "--no-demo")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("PGHOST");
    builder.environment().put("RVI_ACCESS_LOG", "false");
    builder.environment().put("RVI_LOG_LEVEL", "INFO");   // the test reads the order of the shutdown's INFO lines
    return builder.start();
  }

  private static long postmasterPid(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    List<String> lines = Files.readAllLines(pidFile);
    return Long.parseLong(lines.get(0).trim());
  }

  private static void awaitStatus(String url, int status, Process serve, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    int last = -1;
    while (System.nanoTime() < deadline) {
      if (!serve.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(log));
      }
      try {
        last = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
        if (last == status) {
          return;
        }
      } catch (IOException notYet) {
        last = -1;
      }
      Thread.sleep(20);
    }
    assertEquals(status, last, "readiness: " + Files.readString(log));
  }
}
