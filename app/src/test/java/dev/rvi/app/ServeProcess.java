package dev.rvi.app;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.postgres.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The README's {@code serve} in a JVM of its own, on a fresh test database and a free port, its output in {@code serve.log}. */
record ServeProcess(Process process, Path dataDir, Path log, String base) {

  static ServeProcess start(Map<String, String> env) throws IOException {
    Path dataDir = Files.createTempDirectory("rvi-serve");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DatabaseSettings db = TestDatabase.fresh();
    Path log = dataDir.resolve("serve.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--http-port", String.valueOf(port),
        "--host", "127.0.0.1", "--data-dir", dataDir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("DATABASE_URL", "postgres://" + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database()
        + "?sslmode=disable");
    builder.environment().putAll(env);
    return new ServeProcess(builder.start(), dataDir, log, "http://127.0.0.1:" + port);
  }
}
