package dev.rvi.app;

import dev.rvi.domain.db.DatabaseSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each service's own Postgres, where one is named: {@code RVI_DATABASE_URL_<SCHEMA>} (for example
 * {@code RVI_DATABASE_URL_BILLING}) points that service at a server of its own; the others use the shared one.
 */
final class ServiceDatabases {
  private static final Map<String, String> VARIABLES = Map.of("catalog", "RVI_DATABASE_URL_CATALOG", "orders", "RVI_DATABASE_URL_ORDERS",
      "support", "RVI_DATABASE_URL_SUPPORT", "billing", "RVI_DATABASE_URL_BILLING", "usage", "RVI_DATABASE_URL_USAGE",
      "notification", "RVI_DATABASE_URL_NOTIFICATION", "directory", "RVI_DATABASE_URL_DIRECTORY");
  static final List<String> SCHEMAS = List.of("catalog", "directory", "orders", "support", "billing", "usage", "notification");

  private ServiceDatabases() {}

  static String variable(String schema) {
    return VARIABLES.get(schema);
  }

  /** The services named in the environment, each with its server. */
  static Map<String, DatabaseSettings> from(Map<String, String> env) {
    Map<String, DatabaseSettings> own = new LinkedHashMap<>();
    for (String schema : SCHEMAS) {
      String url = env.get(variable(schema));
      if (url != null && !url.isBlank()) {
        own.put(schema, DatabaseSettings.fromUrl(url.trim()));
      }
    }
    return Map.copyOf(own);
  }

  /** The problem with one of the variables, or null. */
  static String problem(String schema, String value) {
    try {
      DatabaseSettings.fromUrl(value.trim());
      return null;
    } catch (RuntimeException e) {
      return variable(schema) + " must be a postgres://user:password@host:port/database URL, not '" + value + "'";
    }
  }
}
