package dev.rvi.billing;

import dev.rvi.domain.money.Decimals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The reconciliation file of an invoice: a header and one record per line, each cell made safe by {@link CsvCells}. */
final class ReconciliationCsv {
  static final List<String> COLUMNS = List.of("PartnerId", "CustomerId", "CustomerName", "CustomerCountry",
      "InvoiceNumber", "MpnId", "Reseller MPN ID", "OrderId", "OrderDate", "ProductId", "SkuId", "AvailabilityId", "SkuName",
      "ProductName", "ChargeType", "UnitPrice", "Quantity", "Subtotal", "TaxTotal", "Total", "Currency",
      "ReservationOrderId", "ChargeStartDate", "ChargeEndDate");

  private ReconciliationCsv() {}

  static String of(List<InvoiceLine> lines) {
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, CsvCells.FORMAT)) {
      printer.printRecord(COLUMNS);
      for (InvoiceLine line : lines) {
        printer.printRecord(cells(line).stream().map(CsvCells::safe));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  /** The line's cells in the order of {@link #COLUMNS}; amounts as the line item shows them. */
  private static List<Object> cells(InvoiceLine line) {
    Charge c = line.charge();
    return Arrays.asList(line.partner().id(), c.customerId(), c.customerName(), c.customerCountry(), line.period().id(),
        line.partner().mpnId(), c.resellerMpnId(), c.orderId(), c.orderDate().toString(), c.productId(), c.skuId(), c.availabilityId(),
        c.skuName(), c.friendlyName(), c.chargeType(), Decimals.display(c.unitPrice()), c.quantity(), line.subtotal(), line.taxTotal(),
        line.totalForCustomer(), c.currency(), c.reservationOrderId(), c.chargeStart().toString(), c.chargeEnd().toString());
  }
}
