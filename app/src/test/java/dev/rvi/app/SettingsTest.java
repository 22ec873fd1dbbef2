package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.bus.OperatorTenants;
import dev.rvi.domain.refund.FeeChange;
import dev.rvi.domain.refund.RefundPolicyConfig;
import dev.rvi.domain.reservation.ExchangeEligibility;
import dev.rvi.domain.service.ServiceSettings;
import dev.rvi.gateway.GatewayConfig;
import dev.rvi.gateway.HttpsSettings;
import dev.rvi.gateway.RateLimits;
import dev.rvi.gateway.dashboard.DashboardSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Configuration in one place: the code, {@link Settings#KNOWN} and the README's table name the same variables; bad values are named. */
class SettingsTest {
  private static final Pattern VARIABLE = Pattern.compile("\"(RVI_[A-Z_]+|PG[A-Z]+|DATABASE_URL)\"");

  @Test
  void everyVariableTheCodeReadsIsKnownAndDocumented() throws IOException {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")
          && !p.toString().contains("/bench/")).toList()) {
        Matcher m = VARIABLE.matcher(Files.readString(source));
        while (m.find()) {
          read.add(m.group(1));
        }
      }
    }
    Set<String> unknown = new TreeSet<>(read);
    unknown.removeAll(Settings.KNOWN);
    assertEquals(Set.of(), unknown, "variables the code reads that Settings does not list");
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"));
    Set<String> undocumented = new TreeSet<>();
    for (String variable : Settings.KNOWN) {
      if (!table.contains("`" + variable + "`")) {
        undocumented.add(variable);
      }
    }
    assertEquals(Set.of(), undocumented, "variables missing from the README's Configuration section");
  }

  /** Each setting is read and typed here once; the services and the gateway get records and parse nothing. */
  @Test
  void theEnvironmentBecomesTypedRecordsOverTheDefaults() {
    Map<String, String> env = Map.of("RVI_EARLY_TERMINATION_FEE_PERCENT", "7.5", "RVI_REFUND_CAP_USD", "25000",
        "RVI_EXCHANGE_CUTOVER_DATE", "2027-03-01", "RVI_EXCHANGE_CUTOVER_KINDS", "Compute, sql", "RVI_WEBHOOKS_ALLOW_INSECURE", "true",
        "RVI_DB_STATEMENT_TIMEOUT_MS", "2500", "RVI_RATE_LIMIT_PER_MINUTE", "40", "RVI_TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2",
        "RVI_HTTP_BODY_TIMEOUT_SECONDS", "45");
    ServiceSettings services = Settings.services(env);
    assertEquals(0, new BigDecimal("7.5").compareTo(services.refundPolicy().feePercent()));
    assertEquals(0, new BigDecimal("25000").compareTo(services.refundPolicy().capUsd()));
    assertEquals(RefundPolicyConfig.DEFAULT.capWindow(), services.refundPolicy().capWindow());
    assertEquals(new ExchangeEligibility(LocalDate.of(2027, 3, 1), Set.of("compute", "sql")), services.exchangeEligibility());
    assertTrue(services.webhooksAllowInsecure());
    assertEquals(2500, services.statementTimeoutMs());
    assertEquals(ServiceSettings.DEFAULT.busTimeoutMs(), services.busTimeoutMs());
    RateLimits limits = Settings.rateLimits(env);
    assertEquals(40, limits.perTenantPerMinute());
    assertEquals(RateLimits.DEFAULT_PER_ADDRESS, limits.perAddressPerMinute());
    assertEquals(Set.of("10.0.0.1", "10.0.0.2"), limits.trustedProxies());
    assertEquals(new HttpTimeouts(HttpTimeouts.DEFAULT.idleSeconds(), HttpTimeouts.DEFAULT.headerSeconds(), 45,
        HttpTimeouts.DEFAULT.uploadSeconds()), Settings.httpTimeouts(env));
    assertEquals(ServiceSettings.DEFAULT, Settings.services(Map.of()));
  }

  /** Microsoft's fee changes are configuration: dated changes, and the policy's text as partners read it. */
  @Test
  void feeChangesAndThePolicyTextAreConfiguration() {
    RefundPolicyConfig policy = Settings.services(Map.of("RVI_EARLY_TERMINATION_FEE_CHANGES", "2028-01-01:12, 2027-07-01:0",
        "RVI_REFUND_POLICY_TEXT", "Refunds follow Microsoft's policy.")).refundPolicy();
    assertEquals(List.of(new FeeChange(LocalDate.of(2027, 7, 1), BigDecimal.ZERO), new FeeChange(LocalDate.of(2028, 1, 1), new BigDecimal("12"))),
        policy.feeChanges());
    assertEquals(0, BigDecimal.ZERO.compareTo(policy.feePercentOn(Instant.parse("2027-07-01T00:00:00Z"))));
    assertEquals("Refunds follow Microsoft's policy.", policy.policyText());
    for (String bad : List.of("2027-07-01", "2027-07-01:101", "2027-07-01:-1", "July:0", "2027-07-01:0,2027-07-01:5", "2027-07-01:x")) {
      List<String> problems = Settings.problems(Map.of("RVI_EARLY_TERMINATION_FEE_CHANGES", bad));
      assertEquals(1, problems.size(), bad);
      assertTrue(problems.get(0).startsWith("RVI_EARLY_TERMINATION_FEE_CHANGES must be changes like 2027-07-01:0"), problems::toString);
    }
  }

  /** The gateway's part too: it gets limits, origins, its certificate and the dashboard's sign-in as records and reads no variable. */
  @Test
  void theGatewaysSettingsAreTypedHere() throws IOException {
    Path cert = Files.createTempFile("gateway", ".crt");
    Path key = Files.createTempFile("gateway", ".key");
    Map<String, String> env = Map.ofEntries(Map.entry("RVI_PRICE_SHEET_LIMIT_BYTES", " 1048576 "),
        Map.entry("RVI_CORS_ORIGINS", "https://portal.example, ,https://admin.example"), Map.entry("RVI_ACCESS_LOG", "false"),
        Map.entry("RVI_TLS_CERT_FILE", cert.toString()), Map.entry("RVI_TLS_KEY_FILE", key.toString()),
        Map.entry("RVI_OPERATOR_TENANTS", "ops-one, ops-two"), Map.entry("RVI_DEV_SIGN_IN", "open"),
        Map.entry("RVI_OIDC_AUTHORIZE_URL", "https://login.example/authorize"), Map.entry("RVI_OIDC_TOKEN_URL", "https://login.example/token"),
        Map.entry("RVI_OIDC_CLIENT_ID", "dashboard"), Map.entry("RVI_OIDC_SCOPE", "openid"));
    assertEquals(1_048_576, Settings.priceSheetLimit(env));
    assertEquals(List.of("https://portal.example", "https://admin.example"), Settings.corsOrigins(env));
    assertFalse(Settings.accessLog(env));
    assertEquals(new HttpsSettings(cert.toString(), key.toString()), Settings.https(env));
    assertEquals(new DashboardSettings(null, true, "ops-one", "https://login.example/authorize", "https://login.example/token", "dashboard",
        "openid"), Settings.dashboard(env, null));

    Map<String, String> none = Map.of();
    assertEquals(GatewayConfig.DEFAULT_PRICE_SHEET_LIMIT, Settings.priceSheetLimit(none));
    assertEquals(List.of(), Settings.corsOrigins(none));
    assertTrue(Settings.accessLog(none));
    assertNull(Settings.https(none));
    assertEquals(new DashboardSettings(null, false, OperatorTenants.DEMO, null, null, null, "openid profile"), Settings.dashboard(none, null));
    assertThrows(IllegalArgumentException.class, () -> Settings.https(Map.of("RVI_TLS_CERT_FILE", cert.toString())),
        "a certificate without its key");
  }

  @Test
  void badValuesAreNamedWithWhatTheyMustBe() {
    List<String> problems = Settings.problems(Map.of("RVI_HTTP_PORT", "70000", "RVI_ACCESS_LOG", "yes", "RVI_EXCHANGE_CUTOVER_DATE", "soon",
        "RVI_TLS_CERT_FILE", "/no/such/file.pem", "RVI_REFUND_CAP_USD", "50000", "RVI_LOG_LEVEL", "loud", "RVI_OIDC_TOKEN_URL", "login.example/token"));
    assertEquals(6, problems.size(), problems::toString);
    assertTrue(problems.contains("RVI_HTTP_PORT must be a port number from 1 to 65535, not '70000'"), problems::toString);
    assertTrue(problems.contains("RVI_ACCESS_LOG must be true or false, not 'yes'"), problems::toString);
    assertEquals(List.of(), Settings.problems(Map.of("RVI_HTTP_PORT", "8081", "RVI_EARLY_TERMINATION_FEE_PERCENT", "12.5",
        "RVI_OIDC_TOKEN_URL", "https://login.example/tenant/oauth2/v2.0/token")));
  }
}
