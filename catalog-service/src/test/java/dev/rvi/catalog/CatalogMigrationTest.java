package dev.rvi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rvi.domain.db.DatabaseSettings;
import dev.rvi.postgres.SchemaMigrations;
import dev.rvi.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A catalog of the version before savings plans (V4) migrates with its prices kept, and takes savings-plan rates after. */
class CatalogMigrationTest {
  private static final String PRICE = "INSERT INTO catalog.price (currency, arm_sku_name, arm_region_name, price_type, term, unit_price, "
      + "effective_start, product_id, sku_id, series, region_display, price_sheet_id) VALUES ('USD', 'Standard_D2s_v5', 'eastus', ";

  @Test
  void aDatabaseOfThePreviousVersionMigratesWithItsPrices() throws Exception {
    DatabaseSettings db = TestDatabase.fresh();
    Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).schemas("catalog").defaultSchema("catalog").createSchemas(true)
        .locations("classpath:db/catalog").target("4").load().migrate();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement s = c.createStatement()) {
      s.execute("INSERT INTO catalog.price_sheet (id, name, loaded_at, rows_read, rows_loaded, rows_skipped, rows_rejected) "
          + "VALUES (1, 'before', now(), 2, 2, 0, 0)");
      s.execute(PRICE + "'Reservation', 'P1Y', 496.17, '2026-01-01', 'P', 'S', 'Dsv5 Series', 'East US', 1)");
      s.execute(PRICE + "'Consumption', '', 0.096, '2026-01-01', 'P', '', 'Dsv5 Series', 'East US', 1)");
      assertThrows(SQLException.class, () -> s.execute(PRICE + "'SavingsPlan', 'P1Y', 0.0691, '2026-01-01', 'P', '', 'Dsv5 Series', "
          + "'East US', 1)"), "the previous version knows no savings-plan rates");

      assertEquals(2, SchemaMigrations.migrate(db, "catalog").migrationsExecuted, "savings-plan rates, then price lists");

      assertEquals(2, count(s, "SELECT count(*) FROM catalog.price"), "every price kept");
      s.execute(PRICE + "'SavingsPlan', 'P1Y', 0.0691, '2026-01-01', 'P', '', 'Dsv5 Series', 'East US', 1)");
      assertEquals(1, count(s, "SELECT count(*) FROM catalog.price WHERE price_type = 'SavingsPlan'"));
      assertThrows(SQLException.class, () -> s.execute(PRICE + "'Bundle', 'P1Y', 1, '2026-01-01', 'P', '', 'Dsv5 Series', 'East US', 1)"),
          "other types are still refused");
    }
  }

  /** The version before price lists (V5) migrates with its prices kept and starts with no list: everyone pays at cost. */
  @Test
  void aDatabaseBeforePriceListsMigratesWithItsPrices() throws Exception {
    DatabaseSettings db = TestDatabase.fresh();
    Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).schemas("catalog").defaultSchema("catalog").createSchemas(true)
        .locations("classpath:db/catalog").target("5").load().migrate();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement s = c.createStatement()) {
      s.execute("INSERT INTO catalog.price_sheet (id, name, loaded_at, rows_read, rows_loaded, rows_skipped, rows_rejected) "
          + "VALUES (1, 'before', now(), 3, 3, 0, 0)");
      s.execute(PRICE + "'Reservation', 'P1Y', 496.17, '2026-01-01', 'P', 'S', 'Dsv5 Series', 'East US', 1)");
      s.execute(PRICE + "'SavingsPlan', 'P1Y', 0.0691, '2026-01-01', 'P', '', 'Dsv5 Series', 'East US', 1)");
      assertThrows(SQLException.class, () -> s.execute("SELECT count(*) FROM catalog.price_list"), "no price lists before");

      assertEquals(1, SchemaMigrations.migrate(db, "catalog").migrationsExecuted);

      assertEquals(2, count(s, "SELECT count(*) FROM catalog.price"), "every price kept");
      assertEquals(0, count(s, "SELECT count(*) FROM catalog.price_list"));
      s.execute("INSERT INTO catalog.price_list (id, owner_id, name, currency, allow_negative_margin, rules, fixed_prices, version, "
          + "created_at, created_by, updated_at, updated_by) VALUES ('l1', 'p1', 'List', 'USD', false, '[]', '[]', 1, now(), 'u', now(), 'u')");
      assertThrows(SQLException.class, () -> s.execute("INSERT INTO catalog.price_list_assignment (id, list_id, owner_id, assignee_kind, "
          + "assignee_id, currency, effective_from, effective_to, created_at, created_by) VALUES ('a1', 'l1', 'p1', 'default', 'r1', 'USD', "
          + "'2027-01-01', NULL, now(), 'u')"), "a default assignment names no assignee");
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
