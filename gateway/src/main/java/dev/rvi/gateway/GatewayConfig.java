package dev.rvi.gateway;

import dev.rvi.gateway.auth.TokenSettings;
import dev.rvi.gateway.dashboard.DashboardSettings;
import dev.rvi.gateway.http.HttpTimeouts;
import java.util.List;

/**
 * The gateway's settings: where it listens, how large bodies may be, how long it waits for a service,
 * how tokens are checked, whether the test clock endpoint exists, the rate limits, how
 * long clients get to send their requests, which browser origins may call it (none: no CORS), and its
 * TLS certificate (null: plain HTTP behind a TLS-terminating load balancer), and how people sign in to the dashboard.
 * The launcher types all of it from the environment; the gateway reads no environment itself.
 */
public record GatewayConfig(
    String host, int port, int bodyLimitBytes, int priceSheetLimitBytes, long busTimeoutMs, TokenSettings tokens,
    boolean testClock, boolean accessLog, RateLimits rateLimits, HttpTimeouts timeouts, List<String> corsOrigins,
    HttpsSettings https, DashboardSettings dashboard) {

  public static final int DEFAULT_BODY_LIMIT = 1024 * 1024;
  /** The largest price-sheet page (and usage upload) accepted unless configured otherwise: 128 MiB. */
  public static final int DEFAULT_PRICE_SHEET_LIMIT = 128 * 1024 * 1024;

  public GatewayConfig {
    corsOrigins = List.copyOf(corsOrigins);
    dashboard = dashboard == null ? DashboardSettings.NONE : dashboard;
  }

  public GatewayConfig withDashboard(DashboardSettings settings) {
    return new GatewayConfig(host, port, bodyLimitBytes, priceSheetLimitBytes, busTimeoutMs, tokens, testClock, accessLog,
        rateLimits, timeouts, corsOrigins, https, settings);
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
