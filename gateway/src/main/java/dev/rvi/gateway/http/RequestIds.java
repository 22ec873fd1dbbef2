package dev.rvi.gateway.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id (the caller's {@code MS-RequestId}/{@code X-Request-Id} when it is sane,
 * otherwise a new one), returns it on the response, passes it to the services, and writes one access
 * log line per request with it and the tenant.
 */
public final class RequestIds implements Handler<RoutingContext> {
  public static final String KEY = "requestId";
  public static final String TENANT_KEY = "tenant";
  public static final String USER_KEY = "user";
  private static final Logger ACCESS = LoggerFactory.getLogger("rvi.access");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  private final boolean accessLog;

  public RequestIds(boolean accessLog) {
    this.accessLog = accessLog;
  }

  private static void putIfKnown(String key, Object value) {
    if (value != null) {
      MDC.put(key, value.toString());
    }
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.request().getHeader(Responses.MS_REQUEST_ID);
    if (id == null) {
      id = ctx.request().getHeader(Responses.REQUEST_ID);
    }
    if (id == null || !SANE.matcher(id).matches()) {
      id = UUID.randomUUID().toString();
    }
    ctx.put(KEY, id);
    ctx.response().putHeader(Responses.REQUEST_ID, id).putHeader(Responses.MS_REQUEST_ID, id);
    String correlation = ctx.request().getHeader(Responses.MS_CORRELATION_ID);
    if (correlation != null && SANE.matcher(correlation).matches()) {
      ctx.response().putHeader(Responses.MS_CORRELATION_ID, correlation);
    }
    if (accessLog && ACCESS.isInfoEnabled()) {
      long start = System.nanoTime();
      String requestId = id;
      ctx.addEndHandler(v -> {
        // The event loop serves many requests at once: the MDC holds this one's ids only while its line is written.
        MDC.put(KEY, requestId);
        putIfKnown(TENANT_KEY, ctx.get(TENANT_KEY));
        putIfKnown(USER_KEY, ctx.get(USER_KEY));
        try {
          ACCESS.info("[{}] {} {} {} {}ms tenant={}", requestId, ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(),
              (System.nanoTime() - start) / 1_000_000, ctx.get(TENANT_KEY) == null ? "-" : ctx.get(TENANT_KEY));
        } finally {
          MDC.clear();
        }
      });
    }
    ctx.next();
  }
}
