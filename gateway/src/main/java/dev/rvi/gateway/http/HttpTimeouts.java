package dev.rvi.gateway.http;


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
}
