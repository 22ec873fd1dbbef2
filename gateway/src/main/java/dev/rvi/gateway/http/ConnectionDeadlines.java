package dev.rvi.gateway.http;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Deadlines the HTTP server does not keep by itself. The idle timeout restarts with every byte, so a
 * client sending its headers or body a byte at a time would hold a connection as long as it liked.
 * Here the headers must be complete within the header timeout of connecting (the idle timeout of the
 * previous response, on a kept-alive connection), or the connection is closed; the body within the body
 * timeout of the headers, or the answer is 408 and the connection is closed.
 *
 * <p>One instance per server instance: its connections and requests all run on that instance's event
 * loop, so the map needs no locking. It needs the server's HTTP/2 cleartext upgrade off, since with it
 * on Vert.x only announces an HTTP/1 connection once the first request's headers are in.
 */
public final class ConnectionDeadlines {
  private final Vertx vertx;
  private final HttpTimeouts timeouts;
  private final Map<HttpConnection, Long> awaitingHeaders = new HashMap<>();

  public ConnectionDeadlines(Vertx vertx, HttpTimeouts timeouts) {
    this.vertx = vertx;
    this.timeouts = timeouts;
  }

  /** For the server's connection handler: the first request's headers are due. */
  public Handler<HttpConnection> onConnection() {
    return connection -> {
      awaitHeaders(connection, timeouts.headerSeconds());
      connection.closeHandler(v -> stopWaiting(connection));
    };
  }

  /** First handler of the router: the headers are in; the body is due, then the next request's headers. */
  public Handler<RoutingContext> onRequest() {
    return ctx -> {
      HttpConnection connection = ctx.request().connection();
      stopWaiting(connection);
      int seconds = BulkUploads.is(ctx.request().path()) ? timeouts.uploadSeconds() : timeouts.bodySeconds();
      long bodyDue = ctx.request().isEnded() ? -1 : vertx.setTimer(seconds * 1000L, id -> {
        if (!ctx.request().isEnded() && !ctx.response().headWritten()) {
          ApiError late = ApiError.of(408, ErrorCode.REQUEST_TIMEOUT,
              "the request body did not arrive within " + seconds + " seconds", "gateway");
          ctx.response().setStatusCode(408).putHeader("Connection", "close").putHeader("Content-Type", Responses.JSON)
              .end(late.body().encode()).onComplete(written -> connection.close());
        }
      });
      ctx.addEndHandler(done -> {
        if (bodyDue >= 0) {
          vertx.cancelTimer(bodyDue);
        }
        if (done.succeeded()) {
          awaitHeaders(connection, timeouts.idleSeconds());
        }
      });
      ctx.next();
    };
  }

  private void awaitHeaders(HttpConnection connection, int seconds) {
    stopWaiting(connection);
    long timer = vertx.setTimer(seconds * 1000L, id -> {
      if (awaitingHeaders.remove(connection, id)) {
        connection.close();
      }
    });
    awaitingHeaders.put(connection, timer);
  }

  private void stopWaiting(HttpConnection connection) {
    Long timer = awaitingHeaders.remove(connection);
    if (timer != null) {
      vertx.cancelTimer(timer);
    }
  }
}
