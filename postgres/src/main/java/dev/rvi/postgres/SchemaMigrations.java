package dev.rvi.postgres;

import dev.rvi.domain.db.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway migrations of one service schema: scripts under {@code classpath:db/<schema>}, history in
 * that schema. Blocking (JDBC), so it runs once at start, off the event loop.
 */
public final class SchemaMigrations {
  private SchemaMigrations() {}

  public static MigrateResult migrate(DatabaseSettings settings, String schema) {
    return Flyway.configure()
        .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations("classpath:db/" + schema)
        .load()
        .migrate();
  }
}
