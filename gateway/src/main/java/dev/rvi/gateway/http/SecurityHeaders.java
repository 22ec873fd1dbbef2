package dev.rvi.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer carries, refusals included (OWASP's advice for JSON APIs): bodies are never
 * sniffed as another type, never framed, never run as a page, and never stored by a cache between
 * the partner and the gateway, since they carry customers' data. When the gateway itself speaks
 * TLS, browsers are also told to use nothing but HTTPS for it (HSTS).
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
  private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
  private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
  private static final CharSequence CACHE_NAME = HttpHeaders.createOptimized("Cache-Control");
  private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence CSP = HttpHeaders.createOptimized("default-src 'none'; frame-ancestors 'none'");
  private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
  private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
  private static final CharSequence HSTS_NAME = HttpHeaders.createOptimized("Strict-Transport-Security");
  private static final CharSequence HSTS = HttpHeaders.createOptimized("max-age=31536000");

  private final boolean https;

  public SecurityHeaders(boolean https) {
    this.https = https;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response().headers()
        .add(NOSNIFF_NAME, NOSNIFF)
        .add(CACHE_NAME, NO_STORE)
        .add(CSP_NAME, CSP)
        .add(FRAME_NAME, DENY);
    if (https) {
      ctx.response().headers().add(HSTS_NAME, HSTS);
    }
    ctx.next();
  }
}
