package dev.rvi.domain.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void readsDatabaseUrl() {
    DatabaseSettings s = DatabaseSettings.fromUrl("postgres://app:p%40ss@db.internal:6543/rvi");
    assertEquals(new DatabaseSettings("db.internal", 6543, "rvi", "app", "p@ss", new PostgresTls("prefer", null)), s);
    assertEquals("jdbc:postgresql://db.internal:6543/rvi?sslmode=prefer&sslfactory=org.postgresql.ssl.NonValidatingFactory", s.jdbcUrl());
  }

  @Test
  void readsLibpqVariablesAndDefaults() {
    DatabaseSettings s = DatabaseSettings.fromEnvironment(Map.of("PGHOST", "h", "PGUSER", "u")).orElseThrow();
    assertEquals(new DatabaseSettings("h", 5432, "u", "u", "", new PostgresTls("prefer", null)), s, "libpq's default sslmode");
    assertTrue(DatabaseSettings.fromEnvironment(Map.of()).isEmpty(), "no settings means the embedded server");
  }

  @Test
  void refusesOtherSchemes() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.fromUrl("mysql://x/y"));
  }
}
