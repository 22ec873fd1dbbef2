package dev.rvi.app;

import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.refund.FeeChange;
import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.service.ServiceSettings;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.HttpsSettings;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.auth.DevelopmentKeys;
import dev.rvi.gateway.dashboard.DashboardSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment, in one place: the only reader of the process's environment ({@link #env()}), the list of every
 * variable the product reads ({@link #KNOWN}, which the README's Configuration table documents — a test keeps the
 * two and the code in step), and the check before anything starts: a value that is not a number, a port, a boolean,
 * a date or an existing file where one is needed is named with what it must be, and the command exits 2.
 */
final class Settings {
  /** Every variable the product reads. */
  static final Set<String> KNOWN = Set.of("DATABASE_URL", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSSLMODE",
      "PGSSLROOTCERT", "RVI_HTTP_PORT", "RVI_ACCESS_LOG", "RVI_LOG_FORMAT", "RVI_LOG_LEVEL", "RVI_JWT_ISSUER", "RVI_JWT_AUDIENCE",
      "RVI_JWT_PUBLIC_KEY_FILE", "RVI_JWT_JWKS_FILE", "RVI_JWT_JWKS_URL", "RVI_JWT_JWKS_REFRESH_SECONDS",
      "RVI_JWT_MAX_LIFETIME_SECONDS", "RVI_OPERATOR_TENANTS",
      "RVI_RATE_LIMIT_PER_MINUTE", "RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "RVI_TRUSTED_PROXIES", "RVI_BUS_TIMEOUT_MS",
      "RVI_PRICE_SHEET_LIMIT_BYTES", "RVI_DB_STATEMENT_TIMEOUT_MS", "RVI_EARLY_TERMINATION_FEE_PERCENT", "RVI_EARLY_TERMINATION_FEE_CHANGES",
      "RVI_REFUND_POLICY_TEXT", "RVI_REFUND_CAP_USD",
      "RVI_EXCHANGE_CUTOVER_DATE", "RVI_EXCHANGE_CUTOVER_KINDS", "RVI_WEBHOOKS_ALLOW_INSECURE", "RVI_ALERT_INTERVAL_MS", "RVI_DEV_SIGN_IN",
      "RVI_OIDC_AUTHORIZE_URL", "RVI_OIDC_TOKEN_URL", "RVI_OIDC_CLIENT_ID", "RVI_OIDC_SCOPE", "RVI_HTTP_IDLE_TIMEOUT_SECONDS",
      "RVI_HTTP_HEADER_TIMEOUT_SECONDS", "RVI_HTTP_BODY_TIMEOUT_SECONDS", "RVI_HTTP_UPLOAD_TIMEOUT_SECONDS", "RVI_TLS_CERT_FILE",
      "RVI_TLS_KEY_FILE", "RVI_CORS_ORIGINS", "RVI_CLUSTER_HOST", "RVI_CLUSTER_MEMBER_PORT", "RVI_CLUSTER_BUS_PORT", "RVI_CLUSTER_MEMBERS",
      "RVI_CLUSTER_NAME", "RVI_CLUSTER_SECRET_FILE", "RVI_CLUSTER_TLS_CERT_FILE", "RVI_CLUSTER_TLS_KEY_FILE", "RVI_CLUSTER_TLS_CA_FILE",
      "RVI_DATABASE_URL_CATALOG", "RVI_DATABASE_URL_ORDERS", "RVI_DATABASE_URL_SUPPORT", "RVI_DATABASE_URL_BILLING",
      "RVI_DATABASE_URL_USAGE", "RVI_DATABASE_URL_NOTIFICATION", "RVI_DATABASE_URL_DIRECTORY");

  /** The process's environment; nothing else in the product reads it. */
  static Map<String, String> env() {
    return System.getenv();
  }

  private record Rule(String name, String kind, long min, long max) {}

  private static final List<Rule> RULES = List.of(
      new Rule("RVI_HTTP_PORT", "port", 1, 65_535),
      new Rule("RVI_CLUSTER_MEMBER_PORT", "port", 1, 65_535),
      new Rule("RVI_CLUSTER_BUS_PORT", "port", 0, 65_535),
      new Rule("PGPORT", "port", 1, 65_535),
      new Rule("RVI_BUS_TIMEOUT_MS", "whole", 1, 600_000),
      new Rule("RVI_DB_STATEMENT_TIMEOUT_MS", "whole", 0, 86_400_000),
      new Rule("RVI_JWT_JWKS_REFRESH_SECONDS", "whole", 1, 86_400),
      new Rule("RVI_JWT_MAX_LIFETIME_SECONDS", "whole", 60, 2_592_000),
      new Rule("RVI_PRICE_SHEET_LIMIT_BYTES", "whole", 1, Integer.MAX_VALUE),
      new Rule("RVI_ALERT_INTERVAL_MS", "whole", 0, 86_400_000),
      new Rule("RVI_RATE_LIMIT_PER_MINUTE", "whole", 0, 100_000_000),
      new Rule("RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "whole", 0, 100_000_000),
      new Rule("RVI_HTTP_IDLE_TIMEOUT_SECONDS", "whole", 1, 86_400),
      new Rule("RVI_HTTP_HEADER_TIMEOUT_SECONDS", "whole", 1, 3_600),
      new Rule("RVI_HTTP_BODY_TIMEOUT_SECONDS", "whole", 1, 3_600),
      new Rule("RVI_HTTP_UPLOAD_TIMEOUT_SECONDS", "whole", 1, 86_400),
      new Rule("RVI_EARLY_TERMINATION_FEE_PERCENT", "decimal", 0, 100),
      new Rule("RVI_REFUND_CAP_USD", "decimal", 0, 1_000_000_000),
      new Rule("RVI_ACCESS_LOG", "boolean", 0, 0),
      new Rule("RVI_WEBHOOKS_ALLOW_INSECURE", "boolean", 0, 0),
      new Rule("RVI_EXCHANGE_CUTOVER_DATE", "date", 0, 0),
      new Rule("RVI_TLS_CERT_FILE", "file", 0, 0),
      new Rule("RVI_TLS_KEY_FILE", "file", 0, 0),
      new Rule("RVI_JWT_PUBLIC_KEY_FILE", "file", 0, 0),
      new Rule("RVI_JWT_JWKS_FILE", "file", 0, 0),
      new Rule("RVI_CLUSTER_SECRET_FILE", "file", 0, 0),
      new Rule("RVI_CLUSTER_TLS_CERT_FILE", "file", 0, 0),
      new Rule("RVI_CLUSTER_TLS_KEY_FILE", "file", 0, 0),
      new Rule("RVI_CLUSTER_TLS_CA_FILE", "file", 0, 0));
  private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  private Settings() {}

  /** Every problem with the environment, or none. */
  static List<String> problems(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    for (Rule rule : RULES) {
      String value = env.get(rule.name());
      if (value == null || value.isBlank()) {
        continue;
      }
      String v = value.trim();
      String problem = switch (rule.kind()) {
        case "port", "whole" -> whole(v, rule);
        case "decimal" -> decimal(v, rule);
        case "boolean" -> v.equals("true") || v.equals("false") ? null : "true or false";
        case "date" -> date(v);
        default -> Files.isReadable(Path.of(v)) ? null : "a file that exists and can be read";
      };
      if (problem != null) {
        problems.add(rule.name() + " must be " + problem + ", not '" + value + "'");
      }
    }
    String format = env.get("RVI_LOG_FORMAT");
    if (format != null && !format.isBlank() && !format.equals("text") && !format.equals("json")) {
      problems.add("RVI_LOG_FORMAT must be text or json, not '" + format + "'");
    }
    String feeChanges = env.get("RVI_EARLY_TERMINATION_FEE_CHANGES");
    if (feeChanges != null && !feeChanges.isBlank() && feeChanges(feeChanges) == null) {
      problems.add("RVI_EARLY_TERMINATION_FEE_CHANGES must be changes like 2027-07-01:0,2028-01-01:12 (a date, then a percent from 0 to "
          + "100, each date once), not '" + feeChanges + "'");
    }
    String level = env.get("RVI_LOG_LEVEL");
    if (level != null && !level.isBlank() && !LOG_LEVELS.contains(level.trim().toUpperCase())) {
      problems.add("RVI_LOG_LEVEL must be one of DEBUG, INFO, WARN, ERROR, not '" + level + "'");
    }
    for (String url : List.of("RVI_OIDC_AUTHORIZE_URL", "RVI_OIDC_TOKEN_URL", "RVI_JWT_JWKS_URL")) {
      String value = env.get(url);
      if (value != null && !value.isBlank() && !value.trim().matches("https?://[^\\s/]+(/\\S*)?")) {
        problems.add(url + " must be an http(s) URL, not '" + value + "'");
      }
    }
    for (String schema : ServiceDatabases.SCHEMAS) {
      String value = env.get(ServiceDatabases.variable(schema));
      String problem = value == null || value.isBlank() ? null : ServiceDatabases.problem(schema, value);
      if (problem != null) {
        problems.add(problem);
      }
    }
    String devSignIn = env.get("RVI_DEV_SIGN_IN");
    if (devSignIn != null && !devSignIn.isBlank() && !devSignIn.equalsIgnoreCase("open")) {
      problems.add("RVI_DEV_SIGN_IN must be open or unset, not '" + devSignIn + "'");
    }
    return problems;
  }

  /** The services' settings: each variable that is set (and checked by {@link #check}) over the defaults. */
  static ServiceSettings services(Map<String, String> env) {
    ServiceSettings d = ServiceSettings.DEFAULT;
    RefundPolicyConfig refund = d.refundPolicy();
    refund = new RefundPolicyConfig(decimal(env, "RVI_EARLY_TERMINATION_FEE_PERCENT", refund.feePercent()), refund.gracePeriod(),
        decimal(env, "RVI_REFUND_CAP_USD", refund.capUsd()), refund.capWindow());
    String changes = value(env, "RVI_EARLY_TERMINATION_FEE_CHANGES");
    refund = refund.withFeeChanges(changes == null ? List.of() : feeChanges(changes), value(env, "RVI_REFUND_POLICY_TEXT"));
    String cutover = value(env, "RVI_EXCHANGE_CUTOVER_DATE");
    Set<String> kinds = list(env, "RVI_EXCHANGE_CUTOVER_KINDS", d.exchangeEligibility().kinds()).stream()
        .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    ExchangeEligibility exchanges = new ExchangeEligibility(cutover == null ? d.exchangeEligibility().cutover() : LocalDate.parse(cutover),
        Set.copyOf(kinds));
    return new ServiceSettings(whole(env, "RVI_DB_STATEMENT_TIMEOUT_MS", d.statementTimeoutMs()), whole(env, "RVI_BUS_TIMEOUT_MS",
        d.busTimeoutMs()), d.alertTimeoutMs(), d.maximumQuantity(), d.cartLifetime(), d.quoteLifetime(), refund, exchanges,
        d.renewalIntervalMs(), whole(env, "RVI_ALERT_INTERVAL_MS", d.alertIntervalMs()),
        "true".equals(value(env, "RVI_WEBHOOKS_ALLOW_INSECURE")), d.webhookTimeoutMs(), d.maxUsageRecords(), d.taxPercent());
  }

  /** The gateway's rate limits. */
  static RateLimits rateLimits(Map<String, String> env) {
    return new RateLimits((int) whole(env, "RVI_RATE_LIMIT_PER_MINUTE", RateLimits.DEFAULT_PER_TENANT),
        (int) whole(env, "RVI_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", RateLimits.DEFAULT_PER_ADDRESS),
        Set.copyOf(list(env, "RVI_TRUSTED_PROXIES", Set.of())));
  }

  /** The gateway's connection deadlines. */
  static HttpTimeouts httpTimeouts(Map<String, String> env) {
    HttpTimeouts d = HttpTimeouts.DEFAULT;
    return new HttpTimeouts((int) whole(env, "RVI_HTTP_IDLE_TIMEOUT_SECONDS", d.idleSeconds()),
        (int) whole(env, "RVI_HTTP_HEADER_TIMEOUT_SECONDS", d.headerSeconds()), (int) whole(env, "RVI_HTTP_BODY_TIMEOUT_SECONDS", d.bodySeconds()),
        (int) whole(env, "RVI_HTTP_UPLOAD_TIMEOUT_SECONDS", d.uploadSeconds()));
  }

  /** The largest price-sheet page (and usage upload) the gateway accepts. */
  static int priceSheetLimit(Map<String, String> env) {
    return (int) whole(env, "RVI_PRICE_SHEET_LIMIT_BYTES", GatewayConfig.DEFAULT_PRICE_SHEET_LIMIT);
  }

  /** The browser origins that may call the gateway (exact origins, comma separated); none means no CORS. */
  static List<String> corsOrigins(Map<String, String> env) {
    return list(env, "RVI_CORS_ORIGINS", Set.of());
  }

  /** Whether the gateway logs each request (unless {@code false}). */
  static boolean accessLog(Map<String, String> env) {
    return !"false".equals(value(env, "RVI_ACCESS_LOG"));
  }

  /** HTTPS at the gateway with this certificate and key, or null (plain HTTP) when neither is set. */
  static HttpsSettings https(Map<String, String> env) {
    String cert = value(env, "RVI_TLS_CERT_FILE");
    String key = value(env, "RVI_TLS_KEY_FILE");
    return cert == null && key == null ? null : new HttpsSettings(cert, key);
  }

  /** The dashboard's sign-in: {@code devKeys} (null when an issuer's keys are configured) and the OIDC client, if any. */
  static DashboardSettings dashboard(Map<String, String> env, DevelopmentKeys devKeys) {
    List<String> operators = list(env, "RVI_OPERATOR_TENANTS", Set.of());
    String scope = value(env, "RVI_OIDC_SCOPE");
    return new DashboardSettings(devKeys, "open".equalsIgnoreCase(value(env, "RVI_DEV_SIGN_IN")),
        operators.isEmpty() ? OperatorTenants.DEMO : operators.get(0), value(env, "RVI_OIDC_AUTHORIZE_URL"), value(env, "RVI_OIDC_TOKEN_URL"),
        value(env, "RVI_OIDC_CLIENT_ID"), scope == null ? "openid profile" : scope);
  }

  /** {@code 2027-07-01:0,2028-01-01:12} as fee changes, or null when it is not that. */
  private static List<FeeChange> feeChanges(String v) {
    List<FeeChange> out = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    for (String part : v.split(",")) {
      String[] pair = part.trim().split(":");
      if (pair.length != 2) {
        return null;
      }
      try {
        FeeChange change = new FeeChange(LocalDate.parse(pair[0].trim()), new BigDecimal(pair[1].trim()));
        if (change.percent().signum() < 0 || change.percent().compareTo(BigDecimal.valueOf(100)) > 0 || !days.add(change.from())) {
          return null;
        }
        out.add(change);
      } catch (DateTimeParseException | NumberFormatException e) {
        return null;
      }
    }
    return out;
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static long whole(Map<String, String> env, String name, long fallback) {
    String value = value(env, name);
    return value == null ? fallback : Long.parseLong(value);
  }

  private static BigDecimal decimal(Map<String, String> env, String name, BigDecimal fallback) {
    String value = value(env, name);
    return value == null ? fallback : new BigDecimal(value);
  }

  private static List<String> list(Map<String, String> env, String name, Set<String> fallback) {
    String value = value(env, name);
    return value == null ? List.copyOf(fallback)
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Refuses to go on with a bad environment: each problem named, then exit 2 (through the command line's handler). */
  static void check(Map<String, String> env) {
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  private static String whole(String v, Rule rule) {
    String wanted = (rule.kind().equals("port") ? "a port number" : "a whole number") + " from " + rule.min() + " to " + rule.max();
    try {
      long n = Long.parseLong(v);
      return n < rule.min() || n > rule.max() ? wanted : null;
    } catch (NumberFormatException e) {
      return wanted;
    }
  }

  private static String decimal(String v, Rule rule) {
    String wanted = "a number from " + rule.min() + " to " + rule.max();
    try {
      BigDecimal n = new BigDecimal(v);
      return n.compareTo(BigDecimal.valueOf(rule.min())) < 0 || n.compareTo(BigDecimal.valueOf(rule.max())) > 0 ? wanted : null;
    } catch (NumberFormatException e) {
      return wanted;
    }
  }

  private static String date(String v) {
    try {
      LocalDate.parse(v);
      return null;
    } catch (DateTimeParseException e) {
      return "a date such as 2027-02-01";
    }
  }
}
