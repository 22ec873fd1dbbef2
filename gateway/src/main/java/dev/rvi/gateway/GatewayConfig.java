package dev.rvi.gateway;

import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.dashboard.DashboardSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The gateway's settings: where it listens, how large bodies may be, how long it waits for a service,
 * how tokens are checked, whether the test clock endpoint exists, the rate limits, how
 * long clients get to send their requests, which browser origins may call it (none: no CORS), and its
 * TLS certificate (null: plain HTTP behind a TLS-terminating load balancer), and how people sign in to the dashboard.
 */
public record GatewayConfig(
    String host, int port, int bodyLimitBytes, int priceSheetLimitBytes, long busTimeoutMs, TokenSettings tokens,
    boolean testClock, boolean accessLog, RateLimits rateLimits, HttpTimeouts timeouts, List<String> corsOrigins,
    HttpsSettings https, DashboardSettings dashboard) {

  public static final int DEFAULT_BODY_LIMIT = 1024 * 1024;
  public static final int DEFAULT_PRICE_SHEET_LIMIT = 128 * 1024 * 1024;

  /** {@code RVI_PRICE_SHEET_LIMIT_BYTES}: the largest price-sheet page (and usage upload) accepted, 128 MiB by default. */
  public static int priceSheetLimit(Map<String, String> env) {
    String value = env.get("RVI_PRICE_SHEET_LIMIT_BYTES");
    if (value == null || value.isBlank()) {
      return DEFAULT_PRICE_SHEET_LIMIT;
    }
    try {
      int bytes = Integer.parseInt(value.trim());
      if (bytes > 0) {
        return bytes;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("RVI_PRICE_SHEET_LIMIT_BYTES must be a positive number of bytes, not " + value);
  }

  public GatewayConfig {
    corsOrigins = List.copyOf(corsOrigins);
    dashboard = dashboard == null ? DashboardSettings.NONE : dashboard;
  }

  public GatewayConfig withDashboard(DashboardSettings settings) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog,
        rateLimits, timeouts, corsOrigins, https, settings);
  }

  /** The origins of {@code RVI_CORS_ORIGINS}: exact origins such as {@code https://portal.example.com}, comma separated. */
  public static List<String> corsOrigins(Map<String, String> env) {
    String value = env.getOrDefault("RVI_CORS_ORIGINS", "");
    return Arrays.stream(value.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
  }

  public GatewayConfig withRateLimits(RateLimits limits) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog, limits,
        timeouts, corsOrigins, https, dashboard);
  }

  public GatewayConfig withPriceSheetLimit(int bytes) {
    return new GatewayConfig(host, port, bodyLimitBytes, bytes, busTimeoutMs, tokens, testClock, accessLog, rateLimits,
        timeouts, corsOrigins, https, dashboard);
  }

  public GatewayConfig withTimeouts(HttpTimeouts newTimeouts) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog,
        rateLimits, newTimeouts, corsOrigins, https, dashboard);
  }

  public GatewayConfig withCorsOrigins(List<String> origins) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog,
        rateLimits, timeouts, origins, https, dashboard);
  }

  public GatewayConfig withHttps(HttpsSettings settings) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog,
        rateLimits, timeouts, corsOrigins, settings, dashboard);
  }
}
