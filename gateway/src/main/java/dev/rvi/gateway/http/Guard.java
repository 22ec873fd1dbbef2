package dev.rvi.gateway.http;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.gateway.auth.TokenVerifier;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Authentication and function-level authorization in front of every protected route: a valid token
 * (401 otherwise), one of the roles the route allows (403 otherwise). Object-level checks (does the
 * caller's partner own this id) are the owning service's, in SQL.
 */
public final class Guard {
  public static final String CALLER_KEY = "caller";
  /** An endpoint's own success status for this request, when it is not the operation's (a change Azure's clients take at once). */
  public static final String STATUS_KEY = "successStatus";

  private final TokenVerifier verifier;
  private final RateLimiter tenants;
  private final RateLimiter addresses;
  private final Set<String> trustedProxies;
  private final ContractCheck contract;

  public Guard(TokenVerifier verifier, RateLimiter tenants, RateLimiter addresses, Set<String> trustedProxies, ContractCheck contract) {
    this.verifier = verifier;
    this.tenants = tenants;
    this.addresses = addresses;
    this.trustedProxies = Set.copyOf(trustedProxies);
    this.contract = contract;
  }

  public Handler<RoutingContext> allow(Set<String> roles, int successStatus, Endpoint endpoint) {
    return allow(roles, successStatus, endpoint, null);
  }

  /** With the success body's content type: JSON (written as {@link Responses#json}) or another, such as the reconciliation CSV. */
  public Handler<RoutingContext> allow(Set<String> roles, int successStatus, Endpoint endpoint, String contentType) {
    return ctx -> {
      // Counted before the token is read: a flood of bad tokens costs no signature checks past the limit.
      long addressWait = addresses.acquire(ClientAddress.of(ctx.request(), trustedProxies));
      if (addressWait > 0) {
        tooMany(ctx, addressWait, "too many requests from this address; retry after " + addressWait + " s");
        return;
      }
      verifier.verify(ctx.request().getHeader("Authorization")).onComplete(auth -> handle(ctx, auth, roles, successStatus, endpoint,
          contentType));
    };
  }

  private static void tooMany(RoutingContext ctx, long wait, String description) {
    ctx.response().putHeader("Retry-After", String.valueOf(wait));
    Responses.error(ctx, ApiError.of(429, ErrorCode.TOO_MANY_REQUESTS, description, Responses.SOURCE));
  }

  private void handle(RoutingContext ctx, AsyncResult<Caller> auth, Set<String> roles, int successStatus, Endpoint endpoint,
                      String contentType) {
    if (auth.failed()) {
      Responses.error(ctx, ApiError.of(401, ErrorCode.UNAUTHORIZED, auth.cause().getMessage(), Responses.SOURCE));
      return;
    }
    Caller caller = auth.result();
    ctx.put(RequestIds.TENANT_KEY, caller.tenantId());
    ctx.put(RequestIds.USER_KEY, caller.userId());
    ctx.put(CALLER_KEY, caller);
    long wait = tenants.acquire(caller.tenantId());
    if (wait > 0) {
      tooMany(ctx, wait, "too many requests for this tenant; retry after " + wait + " s");
      return;
    }
    if (roles.stream().noneMatch(caller::has)) {
      Responses.error(ctx, ApiError.of(403, ErrorCode.FORBIDDEN,
          "this operation needs one of the roles " + String.join(", ", roles.stream().sorted().toList())
              + " (Operator and SupportAgent count only in the operator's tenants, partner roles only in partner tenants)",
          Responses.SOURCE));
      return;
    }
    Future<String> result;
    try {
      ApiError misfit = contract.check(ctx);
      if (misfit != null) {
        Responses.error(ctx, misfit);
        return;
      }
      result = endpoint.handle(ctx, caller);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(ar -> {
      Integer own = ctx.get(STATUS_KEY);
      int status = own == null ? successStatus : own;
      if (ar.succeeded() && contentType != null && !contentType.startsWith("application/json")) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", contentType).end(ar.result());
      } else if (ar.succeeded()) {
        Responses.json(ctx, status, ar.result());
      } else {
        Responses.failure(ctx, ar.cause());
      }
    });
  }
}
