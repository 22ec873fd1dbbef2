package dev.rvi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Support requests of the version before trade-ins (V3) migrate as they were, and trade-in requests are stored after. */
class SupportMigrationTest {
  private static final String REQUEST = "INSERT INTO support.support_request (id, partner_id, customer_id, reservation_id, "
      + "reservation_order_id, subscription_id, requested_action, quantity, exchange_target, status, created_at) VALUES (";

  @Test
  void aDatabaseOfThePreviousVersionMigratesWithItsRequests() throws Exception {
    DatabaseSettings db = TestDatabase.fresh();
    Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).schemas("support").defaultSchema("support").createSchemas(true)
        .locations("classpath:db/support").target("3").load().migrate();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement s = c.createStatement()) {
      s.execute(REQUEST + "'sr-1', 'p1', 'c1', 'r1', 'ro1', 's1', 'refund', 1, NULL, 'completed', now())");
      s.execute(REQUEST + "'sr-2', 'p1', 'c1', 'r1', 'ro1', 's1', 'exchange', 2, '[{\"catalogItemId\":\"X:0001:P1Y\",\"quantity\":1}]', "
          + "'new', now())");
      assertThrows(SQLException.class, () -> s.execute(REQUEST + "'sr-3', 'p1', 'c1', 'r1', 'ro1', 's1', 'tradeIn', 1, NULL, 'new', now())"),
          "the previous version knows no trade-ins");

      assertEquals(1, SchemaMigrations.migrate(db, "support").migrationsExecuted);

      assertEquals(2, count(s, "SELECT count(*) FROM support.support_request"), "every request kept");
      try (ResultSet kept = s.executeQuery("SELECT requested_action, quantity, exchange_target::text, trade_in_target FROM support.support_request "
          + "WHERE id = 'sr-2'")) {
        kept.next();
        assertEquals("exchange", kept.getString(1));
        assertEquals(2, kept.getInt(2));
        assertEquals("[{\"quantity\": 1, \"catalogItemId\": \"X:0001:P1Y\"}]", kept.getString(3));
        assertNull(kept.getString(4), "an earlier request has no trade-in target");
      }
      s.execute("INSERT INTO support.support_request (id, partner_id, customer_id, reservation_id, reservation_order_id, requested_action, "
          + "quantity, trade_in_target, status, created_at) VALUES ('sr-3', 'p1', 'c1', 'r1', 'ro1', 'tradeIn', 1, "
          + "'{\"term\":\"P1Y\",\"subscriptionId\":\"s1\"}', 'new', now())");
      assertEquals(1, count(s, "SELECT count(*) FROM support.support_request WHERE trade_in_target->>'term' = 'P1Y'"));
      assertThrows(SQLException.class, () -> s.execute(REQUEST + "'sr-4', 'p1', 'c1', 'r1', 'ro1', 's1', 'cancel', 1, NULL, 'new', now())"),
          "other actions are still refused");
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
