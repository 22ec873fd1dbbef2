package dev.rvi.order.customer;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** The order service's copy of the directory's customers (kept from its changes): whether the caller may see or act for one. */
public final class Customers {
  static final String SOURCE = "order";

  private Customers() {}

  /** The customer if the caller may see it; 404 otherwise, so ids cannot be probed. */
  public static Future<Customer> visible(SqlClient sql, PartnerContext partner, String customerId) {
    return visible(sql, partner.id(), customerId);
  }

  /** The same, by the partner's id alone (its tenant's), for a caller whose partner is checked alongside. */
  public static Future<Customer> visible(SqlClient sql, String partnerId, String customerId) {
    return sql.preparedQuery(OrderSql.CUSTOMER_VISIBLE).execute(Tuple.of(customerId, partnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw Errors.notFound(SOURCE, "customer " + customerId + " not found");
      }
      return CustomerMapper.of(rows.iterator().next());
    });
  }

  /** The customer if the caller's partner owns it (may act for it); 404 otherwise. */
  public static Future<Customer> owned(SqlClient sql, PartnerContext partner, String customerId) {
    return sql.preparedQuery(OrderSql.CUSTOMER_OWNED).execute(Tuple.of(customerId, partner.id())).map(rows -> {
      if (rows.size() == 0) {
        if (partner.isReseller()) {
          throw ApiError.of(403, ErrorCode.FORBIDDEN, "indirect resellers see their customers; their provider acts for them", SOURCE).exception();
        }
        throw Errors.notFound(SOURCE, "customer " + customerId + " not found");
      }
      return CustomerMapper.of(rows.iterator().next());
    });
  }
}
