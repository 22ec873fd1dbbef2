package dev.rvi.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Set;

/**
 * The address a request came from: the peer's, or, when the peer is a trusted proxy (a load balancer),
 * the last {@code X-Forwarded-For} entry, the one that proxy added. Entries before it are the client's
 * own say and are never believed.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServerRequest request, Set<String> trustedProxies) {
    SocketAddress remote = request.remoteAddress();
    String peer = remote == null ? "unknown" : remote.hostAddress();
    if (!trustedProxies.contains(peer)) {
      return peer;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
    return last.isEmpty() ? peer : last;
  }
}
