package dev.rvi.domain.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Where Postgres is. From {@code DATABASE_URL} or the libpq variables, or the embedded server. */
public record DatabaseSettings(String host, int port, String database, String user, String password) {

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
        env.getOrDefault("PGPASSWORD", "")));
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
    return new DatabaseSettings(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432,
        path.isEmpty() ? user : path, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public DatabaseSettings withDatabase(String name) {
    return new DatabaseSettings(host, port, name, user, password);
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        .setPipeliningLimit(256);
  }

  @Override
  public String toString() {
    return "postgres://" + user + "@" + host + ":" + port + "/" + database;
  }
}
