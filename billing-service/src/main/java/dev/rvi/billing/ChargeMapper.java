package dev.rvi.billing;

import io.vertx.sqlclient.Row;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The one mapping of rows of {@code billing.charge}: a {@link Charge}, or the invoice period a group of them makes. */
final class ChargeMapper {
  private ChargeMapper() {}

  static Charge of(Row r) {
    return new Charge(r.getLong("id"), r.getString("customer_id"), r.getString("customer_name"), r.getString("customer_country"),
        r.getString("order_id"), r.getOffsetDateTime("order_date").toInstant(), r.getString("reservation_order_id"),
        r.getString("charge_type"), r.getString("product_id"), r.getString("sku_id"), r.getString("sku_name"),
        r.getString("catalog_item_id"), r.getString("friendly_name"), r.getBigDecimal("unit_price"), r.getInteger("quantity"),
        r.getBigDecimal("amount"), r.getString("currency"), r.getOffsetDateTime("charge_start").toInstant(),
        r.getOffsetDateTime("charge_end").toInstant(), r.getString("reseller_mpn_id"));
  }

  /** The count of the rows of a page's query ({@code count(*) OVER ()}). */
  static long total(Row r) {
    return r.getLong("total");
  }

  /** A row of {@link BillingSql#INVOICE_PERIODS}: a month (UTC) and a currency that have charges. */
  static InvoicePeriod period(Row r) {
    LocalDateTime month = r.getLocalDateTime("month");
    return new InvoicePeriod(YearMonth.of(month.getYear(), month.getMonthValue()), r.getString("currency"));
  }
}
