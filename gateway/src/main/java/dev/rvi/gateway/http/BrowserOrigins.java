package dev.rvi.gateway.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/**
 * CORS for partner front ends that call the API from a browser: only the configured origins, with
 * the headers the API reads (token, idempotency key, request ids) and shows (request ids, Retry-After).
 * No cookies are involved (the token travels in a header), so credentials stay off. A request from
 * another origin is refused with 403 before anything else happens.
 */
public final class BrowserOrigins {
  private BrowserOrigins() {}

  public static CorsHandler handler(List<String> origins) {
    return CorsHandler.create()
        .addOrigins(origins)
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE))
        .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", "MS-RequestId", "MS-CorrelationId", "X-Request-Id"))
        .exposedHeaders(Set.of("MS-RequestId", "MS-CorrelationId", "X-Request-Id", "Retry-After", "Location"))
        .allowCredentials(false)
        .maxAgeSeconds(600);
  }
}
