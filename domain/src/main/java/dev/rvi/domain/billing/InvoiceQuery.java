package dev.rvi.domain.billing;

/**
 * Invoices of the caller's partner: all of them, or one, or a page of its lines ({@code size} from
 * {@code offset}; {@code pageUri} is where the next page's link points), in an order ({@code sort}, null for the
 * order billed) and narrowed to a text ({@code q}: a customer or a product).
 */
public record InvoiceQuery(String invoiceId, String format, Integer size, Integer offset, String pageUri, String sort, String q) {

  public InvoiceQuery(String invoiceId, String format) {
    this(invoiceId, format, null, null, null, null, null);
  }

  public InvoiceQuery(String invoiceId, String format, Integer size, Integer offset, String pageUri) {
    this(invoiceId, format, size, offset, pageUri, null, null);
  }
}
