package dev.rvi.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** A statement's lines as a CSV file: a header and one record per line, each cell made safe by {@link CsvCells}. */
final class StatementCsv {
  static final List<String> COLUMNS = List.of("StatementId", "Month", "SellerId", "BuyerId", "Date", "Category", "ChargeType",
      "ProductKind", "Series", "BillingPlan", "OrderId", "ReservationOrderId", "CustomerId", "CustomerName", "ProductId", "SkuId",
      "SkuName", "Description", "Quantity", "ChargeStartDate", "ChargeEndDate", "Amount", "Currency");

  private StatementCsv() {}

  static String of(Statement statement) {
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, CsvCells.FORMAT)) {
      printer.printRecord(COLUMNS);
      for (TierCharge line : statement.lines()) {
        printer.printRecord(cells(statement.id(), line).stream().map(CsvCells::safe));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  private static List<Object> cells(StatementId id, TierCharge l) {
    Charge c = l.charge();
    return Arrays.asList(id.id(), id.month().toString(), l.sellerId(), l.buyerId(), l.dated().toString(), l.category(), c.chargeType(),
        l.productKind(), l.series(), l.billingPlan(), c.orderId(), c.reservationOrderId(), c.customerId(), c.customerName(), c.productId(),
        c.skuId(), c.skuName(), c.friendlyName(), c.quantity(), c.chargeStart().toString(), c.chargeEnd().toString(), l.amount(),
        c.currency());
  }
}
