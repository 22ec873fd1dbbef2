package dev.rvi.order.tier;

import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tiers a line's money passes through below Microsoft: the prices fixed on its order line at purchase, or, for a
 * line bought while no tier had a price list in force (or before this version), every tier at Microsoft's price. A
 * direct partner sells to its customer; a provider to the reseller of record, which sells to the customer.
 */
public final class TierChain {
  private TierChain() {}

  public static List<TierPrice> of(List<TierPrice> fixed, String partnerId, String resellerId, String customerId, BigDecimal microsoft) {
    if (fixed != null && !fixed.isEmpty()) {
      return fixed;
    }
    if (resellerId == null) {
      return List.of(new TierPrice(1, partnerId, customerId, microsoft));
    }
    return List.of(new TierPrice(1, partnerId, resellerId, microsoft), new TierPrice(2, resellerId, customerId, microsoft));
  }

  /** The tier prices fixed on the order lines of reservation orders {@code ids} (none for a line without). */
  public static Future<Map<String, List<TierPrice>>> fixed(SqlClient sql, List<String> reservationOrderIds) {
    return sql.preparedQuery(OrderSql.RESERVATION_ORDER_TIERS).execute(Tuple.of(reservationOrderIds.toArray(String[]::new))).map(rows -> {
      Map<String, List<TierPrice>> out = new HashMap<>();
      rows.forEach(row -> out.computeIfAbsent(TierPriceMapper.reservationOrderId(row), k -> new ArrayList<>()).add(TierPriceMapper.of(row)));
      return out;
    });
  }
}
