package dev.rvi.domain.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where Postgres is and how to reach it. From {@code DATABASE_URL} (with {@code ?sslmode=...&sslrootcert=...})
 * or the libpq variables ({@code PGHOST}, ..., {@code PGSSLMODE}, {@code PGSSLROOTCERT}), or the embedded server.
 */
public record DatabaseSettings(String host, int port, String database, String user, String password, PostgresTls tls) {

  public DatabaseSettings(String host, int port, String database, String user, String password) {
    this(host, port, database, user, password, PostgresTls.NONE);
  }

  public DatabaseSettings {
    tls = tls == null ? PostgresTls.NONE : tls;
  }

  /** An external server named by the environment, if any is named. */
  public static Optional<DatabaseSettings> fromEnvironment(Map<String, String> env) {
    String url = env.get("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return Optional.of(fromUrl(url));
    }
    if (env.get("PGHOST") == null || env.get("PGHOST").isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new DatabaseSettings(
        env.get("PGHOST"),
        Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
        env.getOrDefault("PGDATABASE", env.getOrDefault("PGUSER", "postgres")),
        env.getOrDefault("PGUSER", "postgres"),
        env.getOrDefault("PGPASSWORD", ""),
        new PostgresTls(env.get("PGSSLMODE"), env.get("PGSSLROOTCERT"))));
  }

  /** {@code postgres://user:password@host:port/database}, as Heroku and most platforms write it. */
  public static DatabaseSettings fromUrl(String url) {
    URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql://");
    }
    String user = "postgres";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    Map<String, String> query = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return new DatabaseSettings(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432,
        path.isEmpty() ? user : path, user, password, new PostgresTls(query.get("sslmode"), query.get("sslrootcert")));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + tls.jdbcParameters();
  }

  public DatabaseSettings withTls(PostgresTls newTls) {
    return new DatabaseSettings(host, port, database, user, password, newTls);
  }

  public DatabaseSettings withDatabase(String name) {
    return new DatabaseSettings(host, port, name, user, password, tls);
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        .setPipeliningLimit(256);
    tls.applyTo(options);
    return options;
  }

  @Override
  public String toString() {
    return "postgres://" + user + "@" + host + ":" + port + "/" + database + (tls.mode().equals("disable") ? "" : " (sslmode " + tls.mode() + ")");
  }
}
