package dev.rvi.gateway;

import dev.rvi.gateway.auth.TokenSettings;

/**
 * The gateway's settings: where it listens, how large bodies may be, how long it waits for a service,
 * how tokens are checked, whether the test clock endpoint exists, the per-tenant rate limit (0: off), and how
 * long clients get to send their requests.
 */
public record GatewayConfig(
    String host, int port, int bodyLimitBytes, int priceSheetLimitBytes, long busTimeoutMs, TokenSettings tokens,
    boolean testClock, boolean accessLog, int rateLimitPerMinute, HttpTimeouts timeouts) {

  public static final int DEFAULT_BODY_LIMIT = 1024 * 1024;
  public static final int DEFAULT_PRICE_SHEET_LIMIT = 128 * 1024 * 1024;
  /** Partner Center's limit: 500 requests per minute per tenant. */
  public static final int DEFAULT_RATE_LIMIT = 500;
}
