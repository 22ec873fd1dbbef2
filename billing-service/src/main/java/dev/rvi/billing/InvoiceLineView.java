package dev.rvi.billing;

import dev.rvi.domain.money.Decimals;
import io.vertx.core.json.JsonObject;

/** An {@link InvoiceLine} in Partner Center's shape of a one-time invoice line item. */
final class InvoiceLineView {
  private InvoiceLineView() {}

  static JsonObject of(InvoiceLine line) {
    Charge c = line.charge();
    return new JsonObject()
        .put("id", c.id())
        .put("invoiceNumber", line.period().id())
        .put("partnerId", line.partner().id())
        .put("mpnId", line.partner().mpnId())
        .put("resellerMpnId", c.resellerMpnId())
        .put("customerId", c.customerId())
        .put("customerName", c.customerName())
        .put("customerCountry", c.customerCountry())
        .put("orderId", c.orderId())
        .put("orderDate", c.orderDate().toString())
        .put("reservationOrderId", c.reservationOrderId())
        .put("productId", c.productId())
        .put("skuId", c.skuId())
        .put("availabilityId", c.availabilityId())
        .put("skuName", c.skuName())
        .put("productName", c.friendlyName())
        .put("publisherName", "Microsoft Corporation")
        .put("chargeType", c.chargeType())
        .put("billingFrequency", "OneTime")
        .put("chargeStartDate", c.chargeStart().toString())
        .put("chargeEndDate", c.chargeEnd().toString())
        .put("unitPrice", Decimals.display(c.unitPrice()))
        .put("quantity", c.quantity())
        .put("subtotal", line.subtotal())
        .put("taxTotal", line.taxTotal())
        .put("totalForCustomer", line.totalForCustomer())
        .put("currency", c.currency())
        .put("attributes", new JsonObject().put("objectType", "OneTimeInvoiceLineItem"));
  }
}
