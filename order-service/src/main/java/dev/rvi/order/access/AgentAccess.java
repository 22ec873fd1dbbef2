package dev.rvi.order.access;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.bus.Role;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Explicit access to a customer's Azure subscription: admin agents always have it; sales and helpdesk
 * agents only once an admin agent granted it to them (per user, per subscription).
 */
public final class AgentAccess {
  private AgentAccess() {}

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
