package dev.rvi.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.domain.db.PostgresTls;
import dev.rvi.domain.testing.SelfSignedCertificate;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** TLS to Postgres with libpq's sslmode, against a real Postgres that offers TLS. */
class PostgresTlsTest {

  @Test
  void sslmodeComesFromTheUrlOrTheLibpqVariables() {
    DatabaseSettings url = DatabaseSettings.fromUrl("postgres://app:pw@db.example:5432/rvi?sslmode=require");
    assertEquals("require", url.tls().mode());
    assertTrue(url.jdbcUrl().endsWith("/rvi?sslmode=require&sslfactory=org.postgresql.ssl.NonValidatingFactory"), url.jdbcUrl());
    DatabaseSettings env = DatabaseSettings.fromEnvironment(Map.of("PGHOST", "db.example", "PGSSLMODE", "verify-full",
        "PGSSLROOTCERT", "/etc/ssl/ca.pem")).orElseThrow();
    assertEquals(new PostgresTls("verify-full", "/etc/ssl/ca.pem"), env.tls());
    assertTrue(env.jdbcUrl().contains("sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fca.pem"), env.jdbcUrl());
    assertEquals("prefer", DatabaseSettings.fromUrl("postgres://app@db.example/rvi").tls().mode(), "libpq's default");
    assertEquals("disable", new DatabaseSettings("127.0.0.1", 5432, "postgres", "postgres", "").tls().mode(),
        "the embedded server is reached in plain text");
    assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.fromUrl("postgres://a@h/d?sslmode=sometimes"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.fromUrl("postgres://a@h/d?sslmode=verify-ca"),
        "checking the server's certificate needs the CA that signed it");
  }

  @Test
  void poolsAndMigrationsSpeakTlsWhenAsked() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-pg-tls");
    Vertx vertx = Vertx.vertx();
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
      DatabaseSettings plain = server.settings();
      Path cluster = Path.of(jdbcOne(plain, "SHOW data_directory"));
      SelfSignedCertificate cert = SelfSignedCertificate.create(cluster);
      UserPrincipal postgresUser = Files.getOwner(cluster);
      for (Path file : new Path[] {cert.cert(), cert.key()}) {
        if (!Files.getOwner(file).equals(postgresUser)) {
          Files.setOwner(file, postgresUser);
        }
      }
      Files.setPosixFilePermissions(cert.key(), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
      jdbcExec(plain, "ALTER SYSTEM SET ssl_cert_file = '" + cert.cert() + "'");
      jdbcExec(plain, "ALTER SYSTEM SET ssl_key_file = '" + cert.key() + "'");
      jdbcExec(plain, "ALTER SYSTEM SET ssl = on");
      jdbcExec(plain, "SELECT pg_reload_conf()");

      DatabaseSettings required = plain.withTls(new PostgresTls("require", null));
      for (int i = 0; i < 100 && !"on".equals(jdbcOne(plain, "SHOW ssl")); i++) {
        Thread.sleep(100);
      }
      assertEquals("true", jdbcOne(required, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), "JDBC (migrations)");
      assertEquals("false", jdbcOne(plain, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), "disable stays plain");
      assertEquals("false", poolOne(vertx, plain), "disable stays plain in the pools too");
      assertEquals("true", poolOne(vertx, plain.withTls(new PostgresTls("prefer", null))), "prefer encrypts when offered");
      assertEquals("true", poolOne(vertx, required), "the services' pools, require");
      DatabaseSettings verified = plain.withTls(new PostgresTls("verify-full", cert.cert().toString()));
      assertEquals("true", poolOne(vertx, verified), "verify-full against the CA");
      assertEquals("true", jdbcOne(verified, "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));

      SelfSignedCertificate stranger = SelfSignedCertificate.create(Files.createTempDirectory("rvi-other-ca"));
      DatabaseSettings wrongCa = plain.withTls(new PostgresTls("verify-ca", stranger.cert().toString()));
      assertThrows(Exception.class, () -> poolOne(vertx, wrongCa), "a server certificate the CA did not sign is refused");
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  private static String poolOne(Vertx vertx, DatabaseSettings settings) throws Exception {
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(settings.connectOptions()).using(vertx).build();
    try {
      return pool.query("SELECT ssl::text AS ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").execute()
          .await(30, TimeUnit.SECONDS).iterator().next().getString("ssl");
    } finally {
      pool.close().await(30, TimeUnit.SECONDS);
    }
  }

  private static void jdbcExec(DatabaseSettings s, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password()); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String jdbcOne(DatabaseSettings s, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
