package dev.rvi.billing;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/** An {@link Invoice} in Partner Center's shape of a one-time invoice, with the links to its lines and its reconciliation file. */
final class InvoiceView {
  private InvoiceView() {}

  static JsonObject of(Invoice invoice) {
    InvoicePeriod period = invoice.period();
    String id = period.id();
    return new JsonObject()
        .put("id", id)
        .put("invoiceType", "OneTime")
        .put("documentType", "Invoice")
        .put("invoiceDate", period.month().plusMonths(1).atDay(1).toString())
        .put("billingPeriodStartDate", period.month().atDay(1).toString())
        .put("billingPeriodEndDate", period.month().atEndOfMonth().toString())
        .put("currencyCode", period.currency())
        .put("totalCharges", invoice.totalCharges())
        .put("totalCredits", invoice.totalCredits())
        .put("subtotal", invoice.subtotal())
        .put("taxTotal", invoice.taxTotal())
        .put("totalAmount", invoice.totalAmount())
        .put("paidAmount", BigDecimal.ZERO.setScale(2))
        .put("lineCount", invoice.lines().size())
        .put("links", new JsonObject()
            .put("lineItems", link("/v1/invoices/" + id + "/lineitems?provider=onetime"))
            .put("reconciliation", link("/v1/invoices/" + id + "/reconciliation")))
        .put("attributes", new JsonObject().put("objectType", "Invoice"));
  }

  private static JsonObject link(String uri) {
    return new JsonObject().put("method", "GET").put("uri", uri);
  }
}
