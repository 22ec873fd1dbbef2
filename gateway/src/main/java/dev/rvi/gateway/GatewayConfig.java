package dev.rvi.gateway;

import dev.rvi.gateway.auth.TokenSettings;

/**
 * The gateway's settings: where it listens, how large bodies may be, how long it waits for a service,
 * how tokens are checked, and whether the test clock endpoint exists.
 */
public record GatewayConfig(
    String host, int port, int bodyLimitBytes, int priceSheetLimitBytes, long busTimeoutMs, TokenSettings tokens,
    boolean testClock, boolean accessLog) {

  public static final int DEFAULT_BODY_LIMIT = 1024 * 1024;
  public static final int DEFAULT_PRICE_SHEET_LIMIT = 128 * 1024 * 1024;
}
