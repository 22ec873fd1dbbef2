package dev.rvi.order.customer;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.order.CustomerLookup;
import dev.rvi.domain.order.LocatedCustomer;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The customer behind an id of Azure's paths (a reservation order, a savings plan order, a subscription, an exchange's quote), found only
 * among the caller's partner's: another partner's id is a 404, like an id that does not exist.
 */
public final class CustomerLocator {
  private final Pool pool;

  public CustomerLocator(Pool pool) {
    this.pool = pool;
  }

  public Future<LocatedCustomer> locate(Caller caller, CustomerLookup lookup) {
    String sql;
    String id;
    String what;
    if (lookup.reservationOrderId() != null) {
      sql = OrderSql.CUSTOMER_OF_RESERVATION_ORDER;
      id = lookup.reservationOrderId();
      what = "reservation order ";
    } else if (lookup.savingsPlanOrderId() != null) {
      sql = OrderSql.CUSTOMER_OF_SAVINGS_PLAN_ORDER;
      id = lookup.savingsPlanOrderId();
      what = "savings plan order ";
    } else if (lookup.subscriptionId() != null) {
      sql = OrderSql.CUSTOMER_OF_SUBSCRIPTION;
      id = lookup.subscriptionId();
      what = "subscription ";
    } else if (lookup.exchangeSessionId() != null) {
      sql = OrderSql.CUSTOMER_OF_EXCHANGE_SESSION;
      id = lookup.exchangeSessionId();
      what = "exchange session ";
    } else {
      return Future.failedFuture(Errors.badRequest(Customers.SOURCE, "a reservation order, savings plan order or subscription is required"));
    }
    return PartnerContext.of(pool, caller).compose(partner -> pool.preparedQuery(sql).execute(Tuple.of(id, partner.id())))
        .map(rows -> {
          if (rows.size() == 0) {
            throw Errors.notFound(Customers.SOURCE, what + id + " not found");
          }
          Row row = rows.iterator().next();
          return new LocatedCustomer(row.getString("customer_id"), row.getString("country"),
              row.getColumnIndex("kind") >= 0 ? row.getString("kind") : null);
        });
  }
}
