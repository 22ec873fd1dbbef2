package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.catalog.PriceLoadState;
import dev.rvi.domain.catalog.PriceSheetSender;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.gateway.http.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A price-sheet page from the HTTP request to the catalog node holding its load, as it arrives: the body is
 * never held whole. The request stays paused (the router pauses it before any handler) except while a part
 * fills; a part of {@link PriceSheetSender#PART_BYTES} goes out and the request reads on only once the catalog
 * took it, so a fast client is slowed to the catalog's pace instead of filling the gateway's heap.
 */
final class PriceSheetStream {
  private final PriceSheetSender sender;
  private final long limitBytes;

  PriceSheetStream(PriceSheetSender sender, long limitBytes) {
    this.sender = sender;
    this.limitBytes = limitBytes;
  }

  /** The request's body as one page of the load; answers the load's state once the page is written. */
  Future<PriceLoadState> page(RoutingContext ctx, Caller caller, long loadId) {
    HttpServerRequest request = ctx.request();
    String requestId = ctx.get(RequestIds.KEY);
    Promise<PriceLoadState> done = Promise.promise();
    Buffer[] filling = {Buffer.buffer(PriceSheetSender.PART_BYTES)};
    long[] received = {0};
    request.exceptionHandler(e -> done.tryFail(ApiError.of(400, ErrorCode.BAD_REQUEST, "the upload broke off: " + e.getMessage(),
        "gateway").exception()));
    request.handler(bytes -> {
      received[0] += bytes.length();
      if (received[0] > limitBytes) {
        request.pause();
        done.tryFail(ApiError.of(413, ErrorCode.PAYLOAD_TOO_LARGE, "a price-sheet page is at most " + limitBytes + " bytes", "gateway")
            .exception());
        return;
      }
      filling[0].appendBuffer(bytes);
      if (filling[0].length() >= PriceSheetSender.PART_BYTES) {
        Buffer part = filling[0];
        filling[0] = Buffer.buffer(PriceSheetSender.PART_BYTES);
        request.pause();
        sender.part(loadId, part, false, caller, requestId).onComplete(ar -> {
          if (ar.failed()) {
            done.tryFail(ar.cause());
          } else if (!done.future().isComplete()) {
            request.resume();
          }
        });
      }
    });
    request.endHandler(v -> {
      if (!done.future().isComplete()) {
        sender.part(loadId, filling[0], true, caller, requestId).onComplete(done);
      }
    });
    request.resume();
    return done.future();
  }
}
