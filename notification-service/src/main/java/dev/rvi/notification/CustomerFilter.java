package dev.rvi.notification;

import dev.rvi.domain.bus.BusClient;
import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.customer.CustomerIds;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.error.Errors;
import io.vertx.core.Future;
import java.util.List;

/**
 * The customers a webhook or an alert rule is narrowed to must be ones the caller's partner sees: another partner's
 * customer is a 404, as everywhere, so ids cannot be probed. The order service says which they are.
 */
final class CustomerFilter {
  private static final int MAX = 1000;
  private final BusClient bus;

  CustomerFilter(BusClient bus) {
    this.bus = bus;
  }

  Future<Void> check(Caller caller, List<String> customerIds, String requestId) {
    if (customerIds == null || customerIds.isEmpty()) {
      return Future.succeededFuture();
    }
    if (customerIds.size() > MAX) {
      return Future.failedFuture(Errors.badRequest("notification", "customerIds names at most " + MAX + " customers"));
    }
    return bus.ask(DirectoryContract.CUSTOMERS_VISIBLE, new CustomerIds(List.copyOf(customerIds)), caller, requestId).compose(seen -> {
      for (String id : customerIds) {
        if (!seen.ids().contains(id)) {
          return Future.failedFuture(Errors.notFound("notification", "customer " + id + " not found"));
        }
      }
      return Future.succeededFuture();
    });
  }
}
