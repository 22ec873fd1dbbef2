package dev.rvi.domain.billing;

/**
 * Invoices of the caller's partner: all of them, or one, or a page of its lines ({@code size} from
 * {@code offset}; {@code pageUri} is where the next page's link points).
 */
public record InvoiceQuery(String invoiceId, String format, Integer size, Integer offset, String pageUri) {

  public InvoiceQuery(String invoiceId, String format) {
    this(invoiceId, format, null, null, null);
  }
}
