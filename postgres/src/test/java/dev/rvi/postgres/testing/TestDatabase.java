package dev.rvi.postgres.testing;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.postgres.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded Postgres per test JVM, and a fresh empty database for each test class that
 * asks, so tests never see each other's rows. With {@code PGHOST}/{@code DATABASE_URL} set, the
 * databases are made on that server instead.
 */
public final class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static DatabaseSettings server;

  private TestDatabase() {}

  public static synchronized DatabaseSettings fresh() {
    if (server == null) {
      server = DatabaseSettings.fromEnvironment(System.getenv()).orElseGet(() -> {
        try {
          Path dir = Files.createTempDirectory("rvi-test-pg");
          return EmbeddedPostgresServer.start(dir).settings();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    String name = "rvi_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return server.withDatabase(name);
  }
}
