package dev.rvi.order.partner;

import dev.rvi.domain.bus.Caller;
import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** The caller's partner as onboarded: its tenant id, how it sells, and its MPN id. */
public record PartnerContext(String id, PartnerType type, String mpnId, String name) {

  /** The onboarded partner of the caller's tenant; a tenant the operator never onboarded may do nothing here. */
  public static Future<PartnerContext> of(SqlClient sql, Caller caller) {
    return sql.preparedQuery(OrderSql.PARTNER_BY_ID).execute(Tuple.of(caller.tenantId())).map(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(403, ErrorCode.FORBIDDEN, "tenant " + caller.tenantId() + " is not an onboarded partner", "order").exception();
      }
      return PartnerContextMapper.of(rows.iterator().next());
    });
  }

  public boolean isReseller() {
    return type == PartnerType.indirectReseller;
  }
}
