package dev.rvi.domain.bus;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.json.Jsons;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Asks a service over the event bus. The body is a record from the contract (sent as JSON), the
 * reply is JSON text; a failure comes back as an {@link dev.rvi.domain.error.ApiException}: the
 * service's own refusal, or 503 when nobody serves the address, 504 when it does not answer in time.
 * Each request carries its deadline, so a service under load does not start work nobody waits for.
 */
public final class BusClient {
  private final Vertx vertx;
  private final long timeoutMs;
  private final BusSigner signer;

  public BusClient(Vertx vertx, long timeoutMs) {
    this.vertx = vertx;
    this.timeoutMs = timeoutMs;
    this.signer = BusTrust.of(vertx).signer();
  }

  public Future<String> request(String address, String action, Object body, Caller caller, String requestId) {
    return request(address, action, body, caller, requestId, timeoutMs);
  }

  /** Asks through a declared action: the request and the reply travel as its records. */
  public <Q, R> Future<R> ask(BusAction<Q, R> action, Q body, Caller caller, String requestId) {
    return request(action.address(), action.name(), ContractCodec.encode(body), caller, requestId)
        .map(reply -> ContractCodec.decode(reply, action.reply()));
  }

  /** Through a declared action, with extra headers (the partner a support agent acts for). */
  public <Q, R> Future<R> ask(BusAction<Q, R> action, Q body, Caller caller, String requestId, Map<String, String> headers) {
    return ask(action, body, caller, requestId, timeoutMs, headers);
  }

  /** Through a declared action, with its own timeout and extra headers. */
  public <Q, R> Future<R> ask(BusAction<Q, R> action, Q body, Caller caller, String requestId, long timeout,
                              Map<String, String> headers) {
    return request(action.address(), action.name(), ContractCodec.encode(body), caller, requestId, timeout, headers)
        .map(reply -> ContractCodec.decode(reply, action.reply()));
  }

  public long timeoutMs() {
    return timeoutMs;
  }

  public Future<String> request(String address, String action, Object body, Caller caller, String requestId,
                                long timeout) {
    return request(address, action, body, caller, requestId, timeout, Map.of());
  }

  /** With extra headers, such as the client's Idempotency-Key. */
  public Future<String> request(String address, String action, Object body, Caller caller, String requestId,
                                long timeout, Map<String, String> headers) {
    // Records travel as JSON text: cluster-safe, and not copied on the local bus as a JsonObject would be.
    Object payload = body == null || body instanceof String || body instanceof Buffer ? body
        : body instanceof JsonObject json ? json.encode() : Jsons.encode(body);
    return vertx.eventBus().<String>request(address, payload, signed(address, action, payload, caller, requestId, timeout, headers))
        .recover(failure -> Future.failedFuture(translate(failure, address)))
        .map(reply -> reply.body());
  }

  /** Whether any node serves the address now (a signed health check): false only when the bus has no handler for it. */
  public Future<Boolean> served(String address) {
    String payload = "{}";
    return vertx.eventBus().request(address, payload, signed(address, ServiceVerticle.HEALTH, payload, Caller.SYSTEM, "probe", timeoutMs,
        Map.of())).transform(ar -> Future.succeededFuture(
            !(ar.failed() && ar.cause() instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS)));
  }

  private DeliveryOptions signed(String address, String action, Object payload, Caller caller, String requestId, long timeout,
                                 Map<String, String> headers) {
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(timeout);
    headers.forEach(options::addHeader);
    options.addHeader(Headers.ACTION, action);
    options.addHeader(Headers.REQUEST_ID, requestId == null ? "-" : requestId);
    options.addHeader(Headers.DEADLINE, Long.toString(System.currentTimeMillis() + timeout));
    if (caller != null) {
      caller.writeTo(options.getHeaders());
    }
    signer.sign(address, options.getHeaders(), payload);
    return options;
  }

  private static Throwable translate(Throwable failure, String address) {
    // rvi.<service> or a node's own rvi.<service>.<...>: the service's name either way.
    String[] parts = address.split("\\.");
    String source = parts.length > 1 ? parts[1] : address;
    if (!(failure instanceof ReplyException reply)) {
      // Not an answer from the service: the bus could not carry the request (a node leaving, a connection closed).
      return ApiError.of(503, ErrorCode.UNAVAILABLE, "the " + source + " service is not reachable right now; try again shortly", source)
          .exception();
    }
    return switch (reply.failureType()) {
      case NO_HANDLERS -> ApiError.of(503, ErrorCode.UNAVAILABLE,
          "the " + source + " service is not available; try again shortly", source).exception();
      case TIMEOUT -> ApiError.of(504, ErrorCode.TIMEOUT,
          "the " + source + " service did not answer in time", source).exception();
      // The request could not be delivered: the node serving it left or its connection broke.
      case ERROR -> ApiError.of(503, ErrorCode.UNAVAILABLE,
          "the " + source + " service is not reachable right now; try again shortly", source).exception();
      default -> {
        ApiError error = ApiError.fromBody(reply.failureCode(), reply.getMessage());
        yield (error != null ? error
            : ApiError.of(500, ErrorCode.INTERNAL, "the " + source + " service failed", source)).exception();
      }
    };
  }
}
