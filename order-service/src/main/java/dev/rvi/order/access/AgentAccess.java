package dev.rvi.order.access;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.customer.CustomerAccess;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Explicit access to a customer's Azure subscription: admin agents always have it; sales and helpdesk
 * agents only once an admin agent granted it to them (per user, per subscription).
 */
public final class AgentAccess {
  private AgentAccess() {}

  /** Whether the caller sees every subscription of its partner's customers, or only those it has explicit access to. */
  public static boolean limited(PartnerContext partner, Caller caller) {
    return !(partner.isReseller() || caller.has(Role.ADMIN_AGENT) || caller.has(Role.BILLING_ADMIN));
  }

  /** The user an agent's reads are narrowed to, or null for a caller who sees all of its partner's. */
  public static String limitedTo(PartnerContext partner, Caller caller) {
    return limited(partner, caller) ? caller.userId() : null;
  }

  /** The subscriptions of a customer (visible to the caller's partner; checked before) the caller may see. */
  public static Future<CustomerAccess> of(SqlClient sql, PartnerContext partner, Caller caller, String customerId) {
    if (!limited(partner, caller)) {
      return Future.succeededFuture(new CustomerAccess(customerId, true, List.of()));
    }
    return sql.preparedQuery(OrderSql.AGENT_SUBSCRIPTIONS).execute(Tuple.of(customerId, partner.id(), caller.userId())).map(rows -> {
      List<String> ids = new ArrayList<>();
      rows.forEach(r -> ids.add(r.getString(0)));
      return new CustomerAccess(customerId, false, ids);
    });
  }

  public static Future<Void> require(SqlClient sql, PartnerContext partner, Caller caller, String subscriptionId) {
    if (caller.has(Role.ADMIN_AGENT)) {
      return Future.succeededFuture();
    }
    return sql.preparedQuery(OrderSql.AGENT_ACCESS_GET).execute(Tuple.of(subscriptionId, caller.userId(), partner.id()))
        .map(rows -> {
          if (rows.size() == 0) {
            throw ApiError.of(403, ErrorCode.FORBIDDEN, "user " + caller.userId() + " has no explicit access to subscription "
                + subscriptionId + "; an admin agent grants it with PUT .../agentAccess/{userId}", "order").exception();
          }
          return null;
        });
  }
}
