package dev.rvi.gateway.http;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request whose body length is ambiguous is refused with 400 and its connection closed (RFC 9112 §6.1 and §6.3): one
 * with both {@code Content-Length} and {@code Transfer-Encoding}, one whose {@code Transfer-Encoding} is anything but a
 * single {@code chunked}, and an HTTP/1.0 one with any {@code Transfer-Encoding}. A proxy in front that framed such a
 * message by its {@code Content-Length} would otherwise see other requests on the connection than the gateway does
 * (request smuggling).
 *
 * <p>Netty alone would not let the gateway see it: for HTTP/1.1 its decoder drops the {@code Content-Length} of a
 * chunked request and reads on, so no handler can tell. Each connection's decoder is therefore Vert.x's own with two
 * changes ({@link Decoder}): it keeps the {@code Content-Length} header of such a request for {@link #onRequest()} to
 * see, and it reads nothing more from the connection after the headers of a faulty request, so neither its body nor a
 * request behind it is ever handled. {@link #onConnection} swaps the decoder in; it uses Vert.x's internal classes
 * ({@code ConnectionBase}, {@code VertxHttpRequestDecoder}), so a Vert.x upgrade may need a look here (the end-to-end
 * test {@code ErrorHandlingTest} sends such a request over a raw socket).
 */
public final class MessageFraming {
  private static final Logger LOG = LoggerFactory.getLogger(MessageFraming.class);
  private static final String DECODER = "httpDecoder";
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private MessageFraming() {}

  /**
   * Why a request's framing is faulty, or null when it is sound: Transfer-Encoding with Content-Length, in HTTP/1.0, or
   * other than one {@code chunked}.
   */
  static String fault(boolean http10, List<String> transferEncodings, boolean contentLength) {
    if (transferEncodings.isEmpty()) {
      return null;
    }
    if (contentLength) {
      return "the request has both Content-Length and Transfer-Encoding, so its length is ambiguous";
    }
    if (http10) {
      return "an HTTP/1.0 request may not use Transfer-Encoding";
    }
    if (transferEncodings.size() != 1 || !transferEncodings.get(0).trim().equalsIgnoreCase("chunked")) {
      return "Transfer-Encoding must be chunked, and only chunked";
    }
    return null;
  }

  /** For the server's connection handler: puts {@link Decoder} in place of Vert.x's decoder of HTTP/1.x requests. */
  public static void onConnection(HttpConnection connection, HttpServerOptions options) {
    try {
      if (!(connection instanceof ConnectionBase base)) {
        warn("the connection is a " + connection.getClass().getName());
        return;
      }
      ChannelPipeline pipeline = base.channel().pipeline();
      ChannelHandler decoder = pipeline.get(DECODER);
      if (decoder instanceof Decoder) {
        return;
      }
      if (!(decoder instanceof VertxHttpRequestDecoder)) {
        warn("no HTTP/1 decoder named " + DECODER + " in " + pipeline.names());
        return;
      }
      pipeline.replace(DECODER, DECODER, new Decoder(options));
    } catch (RuntimeException e) {
      warn(e.toString());
    }
  }

  private static void warn(String why) {
    if (WARNED.compareAndSet(false, true)) {
      LOG.warn("requests with both Content-Length and Transfer-Encoding are framed by Transfer-Encoding, not refused: {}", why);
    }
  }

  /** An early handler of every route: a request with faulty framing is answered 400 and its connection closed. */
  public static Handler<RoutingContext> onRequest() {
    return ctx -> {
      HttpServerRequest request = ctx.request();
      String why = request.version() == HttpVersion.HTTP_2 ? null
          : fault(request.version() == HttpVersion.HTTP_1_0, request.headers().getAll(HttpHeaders.TRANSFER_ENCODING),
              request.headers().contains(HttpHeaders.CONTENT_LENGTH));
      if (why == null) {
        ctx.next();
        return;
      }
      HttpConnection connection = request.connection();
      ApiError error = ApiError.of(400, ErrorCode.BAD_REQUEST, why + " (RFC 9112, section 6.1); the connection is closed", Responses.SOURCE);
      ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONNECTION, "close").putHeader(HttpHeaders.CONTENT_TYPE, Responses.JSON)
          .end(error.body().encode()).onComplete(written -> connection.close());
    };
  }

  /**
   * Vert.x's decoder of HTTP/1.x requests, which keeps the {@code Content-Length} of a chunked request (Netty drops it)
   * and, once a request's headers show faulty framing, reads no further byte of the connection.
   */
  static final class Decoder extends VertxHttpRequestDecoder {
    private boolean faulty;

    Decoder(HttpServerOptions options) {
      super(options);
    }

    /** Called once a message's headers are in, before Netty looks at its length: the one place that sees them all. */
    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage message) {
      boolean http10 = message.protocolVersion().majorVersion() == 1 && message.protocolVersion().minorVersion() == 0;
      if (message instanceof HttpRequest && fault(http10, message.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING),
          message.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) != null) {
        faulty = true;
      }
      return super.isContentAlwaysEmpty(message);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
      List<String> lengths = message.headers().getAll(HttpHeaderNames.CONTENT_LENGTH);
      super.handleTransferEncodingChunkedWithContentLength(message);
      message.headers().add(HttpHeaderNames.CONTENT_LENGTH, lengths);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out) throws Exception {
      if (faulty) {
        buffer.skipBytes(buffer.readableBytes());
        return;
      }
      super.decode(ctx, buffer, out);
    }
  }
}
