package dev.rvi.gateway.routes;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.ApiException;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.domain.order.OrderContract;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * The customer behind an id of Azure's paths, which name none, found among the caller's partner's by the order service
 * ({@code CUSTOMER_OF}): another partner's id is the order service's 404.
 */
final class ArmCustomers {
  private final ServiceCall service;

  ArmCustomers(ServiceCall service) {
    this.service = service;
  }

  /** The customer, given to the {@code /v1} route that runs next as its path would give it. */
  Future<LocatedCustomer> forRoute(RoutingContext ctx, Caller caller, CustomerLookup lookup) {
    return service.call(ctx, caller, OrderContract.CUSTOMER_OF, lookup)
        .onSuccess(customer -> ctx.pathParams().put("customerId", customer.customerId()));
  }

  /** Whose a subscription is, or null when it is none of the partner's customers' (a fault stays a fault): for verdicts. */
  Future<String> ofSubscription(RoutingContext ctx, Caller caller, String subscriptionId) {
    return service.call(ctx, caller, OrderContract.CUSTOMER_OF, CustomerLookup.ofSubscription(subscriptionId)).transform(found ->
        found.succeeded() ? Future.succeededFuture(found.result().customerId())
            : found.cause() instanceof ApiException ? Future.succeededFuture(null) : Future.failedFuture(found.cause()));
  }
}
