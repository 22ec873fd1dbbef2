package dev.rvi.order.cart;

import dev.rvi.domain.error.ApiError;
import dev.rvi.domain.error.ErrorCode;
import dev.rvi.domain.error.Errors;
import dev.rvi.domain.partner.PartnerType;
import dev.rvi.order.partner.PartnerContext;
import dev.rvi.order.partner.PartnerContextMapper;
import dev.rvi.order.sql.OrderSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Who a purchase is credited to. A direct partner sells under its own name and may not name a
 * reseller. An indirect provider must name an indirect reseller linked to it (the
 * {@code transaction_reseller} participant, by MPN id), or the customer's associated reseller is
 * inherited. It is written on orders and reservations once and never changed.
 */
public record PartnerOfRecord(String resellerPartnerId, String mpnId) {
  static final PartnerOfRecord SELF = new PartnerOfRecord(null, null);
  private static final String SOURCE = "order";

  public static Future<PartnerOfRecord> resolve(SqlClient sql, PartnerContext partner, String namedMpnId, String associatedResellerId) {
    if (partner.type() == PartnerType.direct) {
      if (namedMpnId != null) {
        throw Errors.badRequest(SOURCE, "a direct partner sells under its own MPN id and names no transaction_reseller");
      }
      return Future.succeededFuture(SELF);
    }
    if (partner.type() != PartnerType.indirectProvider) {
      throw ApiError.of(403, ErrorCode.FORBIDDEN, "indirect resellers buy through their indirect provider", SOURCE).exception();
    }
    if (namedMpnId == null && associatedResellerId != null) {
      return sql.preparedQuery(OrderSql.PARTNER_BY_ID).execute(Tuple.of(associatedResellerId))
          .compose(rows -> resolve(sql, partner, PartnerContextMapper.of(rows.iterator().next()).mpnId(), null));
    }
    if (namedMpnId == null) {
      throw Errors.badRequest(SOURCE, "an indirect provider names the partner of record: participants "
          + "[{\"key\": \"transaction_reseller\", \"value\": \"<reseller MPN id>\"}]");
    }
    if (namedMpnId.equals(partner.mpnId())) {
      throw ApiError.of(400, ErrorCode.PROVIDER_OWN_MPN_ID,
          "the provider's own MPN id cannot be the partner of record; name the indirect reseller", SOURCE).exception();
    }
    return sql.preparedQuery(OrderSql.PARTNER_BY_MPN).execute(Tuple.of(namedMpnId)).compose(rows -> {
      if (rows.size() == 0) {
        throw ApiError.of(400, ErrorCode.MPN_ID_NOT_FOUND, "MPN id " + namedMpnId + " was not found", SOURCE).exception();
      }
      PartnerContext reseller = PartnerContextMapper.of(rows.iterator().next());
      if (!reseller.isReseller()) {
        throw notAReseller(namedMpnId);
      }
      return sql.preparedQuery(OrderSql.IS_LINKED).execute(Tuple.of(partner.id(), reseller.id())).map(linked -> {
        if (linked.size() == 0) {
          throw notAReseller(namedMpnId);
        }
        return new PartnerOfRecord(reseller.id(), namedMpnId);
      });
    });
  }

  private static RuntimeException notAReseller(String mpnId) {
    return ApiError.of(400, ErrorCode.NOT_AN_INDIRECT_RESELLER,
        "MPN id " + mpnId + " is not a valid indirect reseller of this provider", SOURCE).exception();
  }
}
