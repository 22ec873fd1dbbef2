package dev.rvi.billing;

import java.math.BigDecimal;
import java.time.Instant;

/** A charge or credit as billing keeps it ({@code billing.charge}): what one invoice line shows. */
record Charge(long id, String customerId, String customerName, String customerCountry, String orderId, Instant orderDate,
              String reservationOrderId, String chargeType, String productId, String skuId, String skuName, String catalogItemId,
              String friendlyName, BigDecimal unitPrice, int quantity, BigDecimal amount, String currency, Instant chargeStart,
              Instant chargeEnd, String resellerMpnId) {

  /** The last part of the catalog item id ({@code productId:skuId:availabilityId}), or null without one. */
  String availabilityId() {
    return catalogItemId == null ? null : catalogItemId.substring(catalogItemId.lastIndexOf(':') + 1);
  }
}
