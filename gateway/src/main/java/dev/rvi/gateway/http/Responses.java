package dev.rvi.gateway.http;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes replies and errors; the error body is Partner Center's shape (ARM's on ARM's paths), never a stack trace. */
public final class Responses {
  private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
  public static final CharSequence JSON = HttpHeaders.createOptimized("application/json; charset=utf-8");
  public static final CharSequence REQUEST_ID = HttpHeaders.createOptimized("X-Request-Id");
  public static final CharSequence MS_REQUEST_ID = HttpHeaders.createOptimized("MS-RequestId");
  /** Partner Center's correlation of the calls of one operation: echoed as sent. */
  public static final CharSequence MS_CORRELATION_ID = HttpHeaders.createOptimized("MS-CorrelationId");
  static final String SOURCE = "gateway";
  private static final CharSequence RETRY_SOON = HttpHeaders.createOptimized("2");

  private Responses() {}

  public static void json(RoutingContext ctx, int status, String body) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status);
    if (status == 204) {
      response.end();
      return;
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
    if (body == null) {
      response.end("{}");
    } else {
      response.end(body);
    }
  }

  public static void error(RoutingContext ctx, ApiError error) {
    if (error.httpStatus() == 401) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    if (error.httpStatus() == 503 && !ctx.response().headers().contains("Retry-After")) {
      // A service that is down or busy: worth another try shortly, not at once.
      ctx.response().putHeader("Retry-After", RETRY_SOON);
    }
    json(ctx, error.httpStatus(), ArmErrors.covers(ctx.request().path()) ? ArmErrors.body(error).encode() : error.body().encode());
  }

  /** An answer on ARM's paths written whole by its route (its refusals' own codes). */
  public static void arm(RoutingContext ctx, int status, JsonObject body) {
    json(ctx, status, body.encode());
  }

  public static void error(RoutingContext ctx, int status, String description) {
    error(ctx, ApiError.of(status, status, description, SOURCE));
  }

  /** Any failure: a refusal keeps its shape; anything else is logged here and answered as a plain 500. */
  public static void failure(RoutingContext ctx, Throwable cause) {
    if (cause instanceof ApiException api) {
      error(ctx, api.error());
      return;
    }
    String requestId = ctx.get(RequestIds.KEY);
    LOG.error("[{}] {} {} failed", requestId, ctx.request().method(), ctx.request().path(), cause);
    error(ctx, ApiError.of(500, ErrorCode.INTERNAL, "the request could not be completed; request id " + requestId, SOURCE));
  }

}
