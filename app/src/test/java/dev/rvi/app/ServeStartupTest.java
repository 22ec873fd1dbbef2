package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} on its embedded Postgres, in a JVM of its own, when it cannot start or is stopped while it starts: a second
 * serve on the same data dir and a port in use are each one sentence on stderr and exit 1, with nothing left running; a
 * TERM while the services and the demo start stops the embedded Postgres too.
 */
class ServeStartupTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A serve of the README, its stdout and stderr in files of its data dir. */
  private record Serve(Process process, Path dataDir, Path out, Path err, int port) {
    String said() throws IOException {
      return "stdout:\n" + Files.readString(out) + "\nstderr:\n" + Files.readString(err);
    }
  }

  private static Serve serve(Path dataDir, int port, String name, String... more) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--http-port", String.valueOf(port),
        "--host", "127.0.0.1", "--data-dir", dataDir.toString()));
    command.addAll(List.of(more));
    Path out = dataDir.resolve(name + ".out");
    Path err = dataDir.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("PGHOST");
    builder.environment().put("RVI_ACCESS_LOG", "false");
    builder.environment().put("RVI_LOG_LEVEL", "INFO"); // the start-up's steps, which the TERM test waits for
    return new Serve(builder.start(), dataDir, out, err, port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The postmaster of the data dir's cluster (pid, port), once it has written its pid file; null before. */
  private static long[] postmaster(Path dataDir) {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
      return lines.size() < 4 ? null : new long[] {Long.parseLong(lines.get(0).trim()), Long.parseLong(lines.get(3).trim())};
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean listening(long port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), (int) port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int ready(Serve serve) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + "/health/ready")).timeout(Duration.ofSeconds(5))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  private static void assertOneSentence(String stderr, String said) {
    assertEquals(1, stderr.strip().lines().count(), "one line on stderr: " + said);
    assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace: " + said);
  }

  @Test
  void aSecondServeOnTheSameDataDirSaysSoInOneSentenceAndLeavesTheFirstRunning() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-serve-twice");
    Serve first = serve(dataDir, freePort(), "first", "--no-demo");
    Serve second = null;
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (ready(first) != 200) {
        assertTrue(first.process().isAlive() && System.nanoTime() < deadline, first.said());
        Thread.sleep(50);
      }
      long[] postgres = postmaster(dataDir);
      second = serve(dataDir, freePort(), "second", "--no-demo");
      assertTrue(second.process().waitFor(2, TimeUnit.MINUTES), second.said());
      String said = second.said();
      assertEquals(1, second.process().exitValue(), said);
      String stderr = Files.readString(second.err());
      assertTrue(stderr.startsWith("could not start: another serve (pid " + first.process().pid() + ") runs on this data dir")
          && stderr.contains("--data-dir"), said);
      assertOneSentence(stderr, said);
      assertTrue(alive(postgres[0]) && ready(first) == 200, "the first serve and its Postgres run on: " + first.said());
    } finally {
      first.process().destroy();
      first.process().waitFor(90, TimeUnit.SECONDS);
      first.process().destroyForcibly();
      if (second != null) {
        second.process().destroyForcibly();
      }
    }
  }

  @Test
  void aPortInUseIsNamedWithTheOptionThatChoosesAnotherAndPostgresIsStopped() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-serve-port");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Serve serve = serve(dataDir, taken.getLocalPort(), "serve", "--no-demo");
      try {
        assertTrue(serve.process().waitFor(3, TimeUnit.MINUTES), serve.said());
        String said = serve.said();
        assertEquals(1, serve.process().exitValue(), said);
        String stderr = Files.readString(serve.err());
        assertEquals("could not start: port " + taken.getLocalPort() + " is in use; choose another with --http-port", stderr.strip(), said);
        assertOneSentence(stderr, said);
        long[] postgres = postmaster(dataDir);
        Eventually.await(() -> postgres == null || !alive(postgres[0]), "the embedded Postgres it started is stopped: " + said);
      } finally {
        serve.process().destroyForcibly();
      }
    }
    // Taken between the check and the gateway's own bind, it reads the same.
    assertEquals(Main.portInUse(8080), Main.startFailure(new CompletionException(new BindException("Address already in use")), 8080));
  }

  @Test
  void aTermWhileTheServicesAndTheDemoStartStopsTheEmbeddedPostgres() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-serve-term");
    Serve serve = serve(dataDir, freePort(), "serve");
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      // Postgres is up and the first service has migrated its schema: the others, the demo and the gateway are still to come.
      while (postmaster(dataDir) == null || !Files.readString(serve.out()).contains("service started")) {
        assertTrue(serve.process().isAlive() && System.nanoTime() < deadline, serve.said());
        Thread.sleep(20);
      }
      long[] postgres = postmaster(dataDir);
      assertTrue(alive(postgres[0]) && listening(postgres[1]), "Postgres runs: " + serve.said());
      assertEquals(-1, ready(serve), "still starting, nothing listens on HTTP yet: " + serve.said());
      serve.process().destroy(); // SIGTERM
      assertTrue(serve.process().waitFor(90, TimeUnit.SECONDS), "serve exits after SIGTERM: " + serve.said());
      String said = serve.said();
      assertTrue(said.contains("Stopping during start-up"), "the TERM came during start-up: " + said);
      // pg_ctl waited for the stop; the postmaster's own exit follows it at once.
      Eventually.await(() -> !alive(postgres[0]), "no postmaster of this data dir is left: " + said);
      Eventually.await(() -> !listening(postgres[1]), "Postgres's port is free: " + said);
      assertFalse(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")), said);
    } finally {
      serve.process().destroyForcibly();
      long[] left = postmaster(dataDir);
      if (left != null && alive(left[0])) {
        ProcessHandle.of(left[0]).ifPresent(ProcessHandle::destroy);
      }
    }
  }
}
