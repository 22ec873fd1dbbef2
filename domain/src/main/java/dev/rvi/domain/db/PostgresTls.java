package dev.rvi.domain.db;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * TLS to Postgres with libpq's meaning of {@code sslmode} (managed servers such as Azure Database for
 * PostgreSQL require it): {@code prefer} (libpq's default, so also this one's for a named server) and
 * {@code allow} encrypt when the server offers it, {@code require} always; these three do not check the
 * server's certificate unless {@code sslrootcert} names a CA. {@code verify-ca} checks it against that
 * CA, {@code verify-full} also the host name; {@code disable} never encrypts (the embedded server). Used
 * for both the services' pools and the migrations' JDBC connection.
 */
public record PostgresTls(String mode, String rootCert) {
  private static final List<String> MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
  public static final PostgresTls NONE = new PostgresTls("disable", null);

  public PostgresTls {
    mode = mode == null || mode.isBlank() ? "prefer" : mode.trim().toLowerCase(Locale.ROOT);
    rootCert = rootCert == null || rootCert.isBlank() ? null : rootCert.trim();
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("sslmode must be one of " + String.join(", ", MODES) + ", not " + mode);
    }
    if (mode.startsWith("verify") && rootCert == null) {
      throw new IllegalArgumentException("sslmode " + mode + " needs sslrootcert (PGSSLROOTCERT): the CA that signed the server's certificate");
    }
  }

  void applyTo(PgConnectOptions options) {
    options.setSslMode(SslMode.of(mode));
    if (mode.equals("disable")) {
      return;
    }
    ClientSSLOptions ssl = new ClientSSLOptions();
    if (rootCert == null) {
      ssl.setTrustAll(true);
    } else {
      ssl.setTrustOptions(new PemTrustOptions().addCertPath(rootCert));
    }
    if (mode.equals("verify-full")) {
      ssl.setHostnameVerificationAlgorithm("HTTPS");
    }
    options.setSslOptions(ssl);
  }

  /** The same settings as JDBC URL parameters (pgjdbc's own default would be prefer). */
  String jdbcParameters() {
    if (mode.equals("disable")) {
      return "?sslmode=disable";
    }
    String jdbcMode = mode.equals("require") && rootCert != null ? "verify-ca" : mode;
    StringBuilder out = new StringBuilder("?sslmode=").append(jdbcMode);
    if (rootCert != null) {
      out.append("&sslrootcert=").append(URLEncoder.encode(rootCert, StandardCharsets.UTF_8));
    } else {
      // pgjdbc would otherwise look for ~/.postgresql/root.crt and verify against it.
      out.append("&sslfactory=org.postgresql.ssl.NonValidatingFactory");
    }
    return out.toString();
  }
}
