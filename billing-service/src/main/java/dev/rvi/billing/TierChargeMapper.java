package dev.rvi.billing;

import io.vertx.sqlclient.Row;
import java.time.YearMonth;

/** The one mapping of rows of {@code billing.charge_tier}: a charge at a tier, a statement's totals, a margin group. */
final class TierChargeMapper {
  private TierChargeMapper() {}

  /** A row of {@link BillingSql#STATEMENT_LINES}. */
  static TierCharge of(Row r) {
    return new TierCharge(r.getInteger("level"), r.getString("seller_id"), r.getString("buyer_id"), r.getBigDecimal("tier_amount"),
        r.getOffsetDateTime("tier_date").toInstant(), r.getString("category"), productKind(r), r.getString("series"),
        r.getString("billing_plan"), ChargeMapper.of(r));
  }

  /** A row of {@link BillingSql#STATEMENT_SUMS}, of the month it was asked for. */
  static StatementSummary summary(Row r, YearMonth month) {
    return new StatementSummary(new StatementId(month, r.getString("currency"), r.getString("seller_id"), r.getString("buyer_id")),
        r.getInteger("level"), r.getBoolean("to_customer"), r.getString("buyer_name"), r.getString("buyer_mpn_id"),
        r.getBigDecimal("one_time"), r.getBigDecimal("monthly"), r.getBigDecimal("credits"), r.getBigDecimal("total"), r.getLong("lines"));
  }

  /** A row of {@link BillingSql#MARGINS}. */
  static MarginGroup margin(Row r) {
    return new MarginGroup(r.getString("currency"), MarginGroup.By.of(r.getInteger("grouping")), r.getString("reseller_id"),
        r.getString("reseller_mpn_id"), r.getString("customer_id"), r.getString("customer_name"), r.getString("month"),
        r.getString("product_kind"), r.getString("series"), r.getBigDecimal("revenue"), r.getBigDecimal("cost"), r.getLong("lines"));
  }

  /** Charges recorded before billing knew product kinds were all reservations. */
  private static String productKind(Row r) {
    String kind = r.getString("product_kind");
    return kind == null ? "reservation" : kind;
  }
}
