package dev.rvi.gateway.http;

import java.util.Map;

/**
 * How long the gateway gives a client: a connection with no traffic is closed after {@code idleSeconds};
 * a request's headers must be complete within {@code headerSeconds} of connecting (within
 * {@code idleSeconds} of the previous response on a kept-alive connection); its body within
 * {@code bodySeconds} of its headers, {@code uploadSeconds} for the two bulk uploads.
 */
public record HttpTimeouts(int idleSeconds, int headerSeconds, int bodySeconds, int uploadSeconds) {
  public static final HttpTimeouts DEFAULT = new HttpTimeouts(60, 10, 30, 600);

  public HttpTimeouts {
    if (idleSeconds < 1 || headerSeconds < 1 || bodySeconds < 1 || uploadSeconds < 1) {
      throw new IllegalArgumentException("HTTP timeouts are whole seconds, at least 1");
    }
  }

  /** The defaults, each replaced by its environment variable when set. */
  public static HttpTimeouts from(Map<String, String> env) {
    return new HttpTimeouts(
        seconds(env, "RVI_HTTP_IDLE_TIMEOUT_SECONDS", DEFAULT.idleSeconds),
        seconds(env, "RVI_HTTP_HEADER_TIMEOUT_SECONDS", DEFAULT.headerSeconds),
        seconds(env, "RVI_HTTP_BODY_TIMEOUT_SECONDS", DEFAULT.bodySeconds),
        seconds(env, "RVI_HTTP_UPLOAD_TIMEOUT_SECONDS", DEFAULT.uploadSeconds));
  }

  private static int seconds(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number of seconds, not " + value);
    }
  }
}
