package dev.rvi.domain.bus;

import dev.rvi.domain.error.Errors;
import dev.rvi.domain.json.Jsons;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.io.IOException;

/** One request as a service sees it: the typed body, who asks, and the request id for the logs. */
public final class BusRequest {
  private final Message<Object> message;
  private final String source;
  private final Caller caller;

  BusRequest(Message<Object> message, String source, Caller caller) {
    this.message = message;
    this.source = source;
    this.caller = caller;
  }

  public String action() {
    return message.headers().get(Headers.ACTION);
  }

  public String requestId() {
    String id = message.headers().get(Headers.REQUEST_ID);
    return id == null ? "-" : id;
  }

  /** A header of the request, or null. */
  public String header(String name) {
    return message.headers().get(name);
  }

  /** The client's idempotency key ({@link Headers#IDEMPOTENCY_KEY}), or null. */
  public String idempotencyKey() {
    return message.headers().get(Headers.IDEMPOTENCY_KEY);
  }

  /** The gateway's hash of the request ({@link Headers#REQUEST_HASH}), which a replay under the same key must match. */
  public String requestHash() {
    return message.headers().get(Headers.REQUEST_HASH);
  }

  /** Who asks, with only the roles its tenant can hold. */
  public Caller caller() {
    return caller;
  }

  /** The partner the support service acts for ({@link Headers#ON_BEHALF_OF}), or null. */
  public String onBehalfOf() {
    return message.headers().get(Headers.ON_BEHALF_OF);
  }

  /** The body as the record the contract names; a body that does not fit is a 400. */
  public <T> T body(Class<T> type) {
    Object body = message.body();
    String text = body instanceof JsonObject json ? json.encode() : body instanceof String s ? s : null;
    if (text == null) {
      throw Errors.badRequest(source, "request body is missing");
    }
    try {
      return Jsons.MAPPER.readValue(text, type);
    } catch (IOException | IllegalArgumentException e) {
      // The reader's message names Java types; the caller is told only what is wrong with the request.
      throw Errors.badRequest(source, "the request's fields are not of the expected types or shape");
    }
  }

  /** The body as text, for bodies that are passed through unparsed (price sheets). */
  public String text() {
    Object body = message.body();
    return body == null ? "" : body.toString();
  }

  /** The body as bytes, for raw bodies (the parts of a price-sheet page). */
  public Buffer bytes() {
    Object body = message.body();
    return body instanceof Buffer buffer ? buffer : Buffer.buffer(body == null ? "" : body.toString());
  }
}
