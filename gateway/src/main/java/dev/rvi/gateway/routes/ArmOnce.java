package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.Headers;
import dev.rvi.domain.text.Digests;
import dev.rvi.gateway.http.ArmRequests;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * The idempotency of a change on Azure's paths, as the headers the order service reads: the key, and a hash of the
 * request (method, path, body), so that the same key answers what the first request did and another request under it is
 * a 422.
 */
final class ArmOnce {
  private ArmOnce() {}

  /** Under {@code key}: a purchase's own id or alias. */
  static Map<String, String> as(RoutingContext ctx, String key) {
    String raw = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
    return Map.of(Headers.IDEMPOTENCY_KEY, key, Headers.REQUEST_HASH,
        Digests.sha256Hex(ctx.request().method() + " " + ctx.request().path().toLowerCase(Locale.ROOT) + "\n" + raw));
  }

  /** Under the client's {@code x-ms-client-request-id}, which a retry sends again; none without one. */
  static Map<String, String> perClientRequest(RoutingContext ctx) {
    String client = ctx.response().headers().get(ArmRequests.MS_CLIENT_REQUEST_ID);
    return client == null ? Map.of() : as(ctx, "azure-request:" + client);
  }
}
