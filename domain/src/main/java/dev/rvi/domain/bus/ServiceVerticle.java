package dev.rvi.domain.bus;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.json.ContractJson;
import dev.rvi.domain.json.Jsons;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service: one event-bus address, one handler per action. Before any handler runs, the request's
 * signature is checked ({@link BusSigner}: an unsigned or tampered request does nothing), the caller keeps
 * only the roles its tenant can hold ({@link OperatorTenants}), and an action declared for some roles
 * refuses every other caller: the gateway's checks, made again where the work is done. Replies are JSON
 * text (encoded once, written by the gateway as is); refusals are {@link ApiException}s, sent as failures
 * carrying the HTTP status and Partner Center's error body.
 */
public abstract class ServiceVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceVerticle.class);

  /** Every service answers this action; the gateway's /health asks each one. */
  public static final String HEALTH = "HEALTH";

  private final String address;
  private final String source;
  private final Map<String, Function<BusRequest, Future<?>>> actions = new HashMap<>();
  private final Map<String, Set<String>> actionRoles = new HashMap<>();
  private final Set<String> platformOnly = new HashSet<>();
  private BusTrust trust;
  private volatile boolean stopping;

  protected ServiceVerticle(String address, String source) {
    this.address = address;
    this.source = source;
  }

  /** Registers the handler of one action; called from {@link #registerActions()}. */
  protected final void on(String action, Function<BusRequest, Future<?>> handler) {
    actions.put(action, handler);
  }

  /** A declared action: its request decoded into its record, its reply encoded from its record. */
  protected final <Q, R> void on(BusAction<Q, R> action, BiFunction<BusRequest, Q, Future<R>> handler) {
    on(action.name(), typed(action, handler));
  }

  /** A declared action only callers with one of these roles may ask for. */
  protected final <Q, R> void on(BusAction<Q, R> action, Set<String> roles, BiFunction<BusRequest, Q, Future<R>> handler) {
    on(action.name(), roles, typed(action, handler));
  }

  private <Q, R> Function<BusRequest, Future<?>> typed(BusAction<Q, R> action, BiFunction<BusRequest, Q, Future<R>> handler) {
    return request -> {
      Q body;
      try {
        body = ContractCodec.decode(request.text(), action.request());
      } catch (IllegalArgumentException e) {
        // Another part of the platform sent what the contract does not say: a bug of ours, not the client's.
        LOG.error("[{}] {} {}: the request does not fit the contract: {}", request.requestId(), source, action.name(), e.getMessage());
        throw ApiError.of(500, ErrorCode.INTERNAL, "the " + source + " service could not read a request of the platform; request id "
            + request.requestId(), source).exception();
      }
      return handler.apply(request, body).map(ContractCodec::encode);
    };
  }

  /** An action only the platform itself asks (a service on its own account, about any customer): never a user's. */
  protected final void onPlatform(String action, Function<BusRequest, Future<?>> handler) {
    on(action, handler);
    platformOnly.add(action);
  }

  protected final <Q, R> void onPlatform(BusAction<Q, R> action, BiFunction<BusRequest, Q, Future<R>> handler) {
    on(action, handler);
    platformOnly.add(action.name());
  }

  /** An action only callers with one of these roles may ask for (operator and support actions). */
  protected final void on(String action, Set<String> roles, Function<BusRequest, Future<?>> handler) {
    actions.put(action, handler);
    actionRoles.put(action, Set.copyOf(roles));
  }

  protected abstract void registerActions();

  /**
   * Serves the same actions, with the same checks, at another address too: a node's own address for work that
   * must come back to it (the pages of a price-sheet load whose transaction it holds). Unregister when done.
   */
  protected final Future<MessageConsumer<Object>> serveAt(String otherAddress) {
    MessageConsumer<Object> consumer = vertx.eventBus().consumer(otherAddress, this::dispatch);
    return consumer.completion().map(consumer);
  }

  /** The answer to {@link #HEALTH}: overridden by services with a database to ping it. */
  protected Future<?> health() {
    return Future.succeededFuture(new JsonObject().put("status", "UP"));
  }

  @Override
  public Future<?> start() {
    trust = BusTrust.of(vertx);
    registerActions();
    on(HEALTH, request -> health());
    MessageConsumer<Object> consumer = vertx.eventBus().consumer(address, this::dispatch);
    return consumer.completion();
  }

  /** Work still in flight when the service stops fails as a fault of the moment (503), not as a bug. */
  @Override
  public Future<?> stop() throws Exception {
    stopping = true;
    return super.stop();
  }

  private void dispatch(Message<Object> message) {
    long late = lateBy(message);
    if (late > 0) {
      // The asker has given up (its client got a 504): under overload, queued work nobody waits for is dropped,
      // so the queue drains instead of growing, and nothing is written after the client was told it failed.
      LOG.warn("[{}] {} {} dropped: it reached the service {} ms after its deadline", message.headers().get(Headers.REQUEST_ID),
          source, message.headers().get(Headers.ACTION), late);
      fail(message, ApiError.of(504, ErrorCode.TIMEOUT, "the " + source + " service was too busy to start this in time", source));
      return;
    }
    String untrusted = trust.signer().refusal(message.address(), message.headers(), message.body(), System.currentTimeMillis());
    if (untrusted != null) {
      LOG.warn("[{}] {} {} refused: {}", message.headers().get(Headers.REQUEST_ID), source, message.headers().get(Headers.ACTION), untrusted);
      fail(message, ApiError.of(401, ErrorCode.UNAUTHORIZED, "the " + source + " service acts only on requests signed by this platform", source));
      return;
    }
    BusRequest request = new BusRequest(message, source, trust.operators().admit(Caller.readFrom(message.headers())));
    Function<BusRequest, Future<?>> handler = actions.get(request.action());
    if (handler == null) {
      fail(message, ApiError.of(400, ErrorCode.BAD_REQUEST, "unknown action " + request.action(), source));
      return;
    }
    if (platformOnly.contains(request.action()) && !request.caller().isSystem()) {
      LOG.warn("[{}] {} {} refused: asked by tenant {}, not by the platform", request.requestId(), source, request.action(),
          request.caller().tenantId());
      fail(message, ApiError.of(403, ErrorCode.FORBIDDEN, "only the platform itself asks this", source));
      return;
    }
    Set<String> roles = actionRoles.get(request.action());
    if (roles != null && roles.stream().noneMatch(request.caller()::has)) {
      LOG.warn("[{}] {} {} refused: tenant {} holds none of the roles {}", request.requestId(), source, request.action(),
          request.caller().tenantId(), roles);
      fail(message, ApiError.of(403, ErrorCode.FORBIDDEN, "this action needs one of the roles " + String.join(", ",
          roles.stream().sorted().toList()) + " (operator roles count only in the operator's tenants)", source));
      return;
    }
    Future<?> result;
    try {
      result = handler.apply(request);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(ar -> {
      if (ar.succeeded()) {
        message.reply(encode(ar.result()));
      } else {
        fail(message, toError(ar.cause(), request));
      }
    });
  }

  /** How long after its deadline the message arrived, or 0 when it is in time or has none. */
  private static long lateBy(Message<Object> message) {
    String deadline = message.headers().get(Headers.DEADLINE);
    if (deadline == null) {
      return 0;
    }
    try {
      return Math.max(0, System.currentTimeMillis() - Long.parseLong(deadline));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Object encode(Object result) {
    if (result == null || result instanceof String) {
      return result;
    }
    if (result instanceof JsonObject json) {
      return json.encode();
    }
    if (result instanceof JsonArray array) {
      return array.encode();
    }
    return Jsons.encode(result);
  }

  private ApiError toError(Throwable cause, BusRequest request) {
    if (cause instanceof ApiException api) {
      return api.error();
    }
    if (statementTimedOut(cause)) {
      LOG.warn("[{}] {} {}: a statement ran past the statement timeout ({})", request.requestId(), source, request.action(), cause.getMessage());
      return ApiError.of(503, ErrorCode.UNAVAILABLE,
          "the " + source + " service took too long on this request; try again shortly", source);
    }
    if (poolBusy(cause)) {
      LOG.warn("[{}] {} {}: no database connection free in time ({})", request.requestId(), source, request.action(), cause.getMessage());
      return ApiError.of(503, ErrorCode.UNAVAILABLE,
          "the " + source + " service is busy right now; try again shortly", source);
    }
    if (badValue(cause)) {
      // Postgres refused a value the checks before it let through (a NUL character, a number out of range).
      LOG.warn("[{}] {} {}: the database refused a value ({})", request.requestId(), source, request.action(), cause.getMessage());
      return ApiError.of(400, ErrorCode.BAD_REQUEST, "the request holds a value that cannot be stored: "
          + ((PgException) firstCause(cause, t -> t instanceof PgException)).getErrorMessage(), source);
    }
    if (stopping) {
      LOG.warn("[{}] {} {}: failed while the service stops ({})", request.requestId(), source, request.action(), cause.getMessage());
      return ApiError.of(503, ErrorCode.UNAVAILABLE, "the " + source + " service is stopping; try again shortly", source);
    }
    if (databaseUnavailable(cause)) {
      LOG.warn("[{}] {} {}: the database is not available ({})", request.requestId(), source, request.action(), cause.getMessage());
      return ApiError.of(503, ErrorCode.UNAVAILABLE,
          "the " + source + " service cannot reach its database right now; try again shortly", source);
    }
    LOG.error("[{}] {} {} failed", request.requestId(), source, request.action(), cause);
    return ApiError.of(500, ErrorCode.INTERNAL,
        "the " + source + " could not complete the request; request id " + request.requestId(), source);
  }

  /** Postgres cancelled a statement at the pool's statement timeout (SQLSTATE 57014). */
  private static boolean statementTimedOut(Throwable cause) {
    return anyCause(cause, t -> t instanceof PgException pg && "57014".equals(pg.getSqlState()));
  }

  /** SQLSTATE class 22, data exception: 22021 (a NUL or bad byte in text), 22003 (numeric out of range), ... */
  private static boolean badValue(Throwable cause) {
    return anyCause(cause, t -> t instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("22"));
  }

  /**
   * Overload: the pool's wait queue is full, or no connection came free within the pool's connection
   * timeout. A quick 503 the caller can retry, rather than a queue without end.
   */
  private static boolean poolBusy(Throwable cause) {
    return anyCause(cause, t -> t instanceof ConnectionPoolTooBusyException
        || (t.getMessage() != null && t.getMessage().startsWith("Timeout waiting for connection")));
  }

  /**
   * The pool is closed (the node is stopping), Postgres cannot be reached, the connection broke (reset,
   * closed), or Postgres says it cannot serve now: SQLSTATE class 08 (connection exception), 57P01-57P05
   * (shutting down, starting up, crashed, idle too long), 53 (out of resources). A 503, not a bug.
   */
  private static boolean databaseUnavailable(Throwable cause) {
    return anyCause(cause, t -> t instanceof ClosedConnectionException || t instanceof IOException
        || (t instanceof PgException pg && unavailableState(pg.getSqlState()))
        || (t.getMessage() != null && (t.getMessage().contains("Pool closed") || t.getMessage().contains("Connection reset")
            || t.getMessage().contains("connection was closed") || t.getMessage().contains("Connection refused")
            || t.getMessage().contains("Connection is not active"))));
  }

  private static boolean unavailableState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
  }

  private static boolean anyCause(Throwable cause, Predicate<Throwable> test) {
    return firstCause(cause, test) != null;
  }

  private static Throwable firstCause(Throwable cause, Predicate<Throwable> test) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (test.test(t)) {
        return t;
      }
    }
    return null;
  }

  private static void fail(Message<Object> message, ApiError error) {
    message.fail(error.httpStatus(), error.body().encode());
  }
}
