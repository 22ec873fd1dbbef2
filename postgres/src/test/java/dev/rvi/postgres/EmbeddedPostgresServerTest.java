package dev.rvi.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rvi.domain.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

  @Test
  void dataSurvivesARestartAndARunningServerIsReused() throws Exception {
    Path dataDir = Files.createTempDirectory("rvi-pg-restart");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
      exec(first.settings(), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
      EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir);
      assertEquals(first.port(), second.port(), "a server already running on the data dir is reused");
      second.close(); // does not own the process: a no-op
      assertEquals(42, readOne(first.settings()));
    }
    try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir)) {
      assertEquals(42, readOne(again.settings()));
    }
  }

  private static void exec(DatabaseSettings s, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password()); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static int readOne(DatabaseSettings s) throws Exception {
    try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT v FROM kept")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
