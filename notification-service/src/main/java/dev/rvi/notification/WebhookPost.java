package dev.rvi.notification;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * One POST to a partner's endpoint. The host is looked up and checked on a worker for this attempt, and the
 * connection goes to exactly that address, while the request keeps the URL's name for its Host header and for TLS
 * (server name and certificate check), so the client never resolves the name a second time. Redirects are not
 * followed: a 3xx is an answer like any other non-2xx. The response body is read at most to 64 KB.
 */
final class WebhookPost {
  private static final int RESPONSE_LIMIT = 64 * 1024;

  private final Vertx vertx;
  private final WebhookTargets targets;
  private final HttpClient http;
  private final int timeoutMs;

  WebhookPost(Vertx vertx, WebhookTargets targets, int timeoutMs) {
    this.vertx = vertx;
    this.targets = targets;
    this.timeoutMs = timeoutMs;
    this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(timeoutMs).setIdleTimeout(30)
        .setVerifyHost(true).setForceSni(true), new PoolOptions().setHttp1MaxSize(8));
  }

  /** The status the endpoint answered; a failure when it may not be called or could not be reached. */
  Future<Integer> send(URI url, Map<String, String> headers, String body) {
    return vertx.executeBlocking(() -> targets.resolve(url.getHost()), false).compose(target -> target.refusal() != null
        ? Future.failedFuture(new IllegalStateException(target.refusal()))
        : post(url, target, headers, body));
  }

  private Future<Integer> post(URI url, WebhookTarget target, Map<String, String> headers, String body) {
    boolean tls = url.getScheme().toLowerCase(Locale.ROOT).equals("https");
    int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
    String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost();
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(host).setPort(port).setSsl(tls).setURI(path)
        .setServer(SocketAddress.inetSocketAddress(port, target.address().getHostAddress())).setTimeout(timeoutMs)
        .setFollowRedirects(false);
    headers.forEach(options::putHeader);
    return http.request(options).compose(request -> request.send(Buffer.buffer(body)).compose(response -> {
      Promise<Integer> done = Promise.promise();
      long[] read = new long[1];
      response.handler(chunk -> {
        read[0] += chunk.length();
        if (read[0] > RESPONSE_LIMIT) {
          request.reset();
          done.tryComplete(response.statusCode());
        }
      });
      response.exceptionHandler(e -> done.tryComplete(response.statusCode()));
      response.endHandler(v -> done.tryComplete(response.statusCode()));
      return done.future();
    }));
  }

  void close() {
    http.close();
  }
}
