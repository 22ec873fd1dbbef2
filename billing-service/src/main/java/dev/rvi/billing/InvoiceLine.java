package dev.rvi.billing;

import dev.rvi.domain.money.Decimals;
import dev.rvi.domain.partner.PartnerIdentity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of a partner's one-time invoice: a charge, its subtotal in cents and the tax on it, rounded to the cent. */
record InvoiceLine(Charge charge, InvoicePeriod period, PartnerIdentity partner, BigDecimal subtotal, BigDecimal taxTotal) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static InvoiceLine of(Charge charge, InvoicePeriod period, PartnerIdentity partner, BigDecimal taxPercent) {
    BigDecimal subtotal = Decimals.cents(charge.amount());
    BigDecimal tax = subtotal.multiply(taxPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    return new InvoiceLine(charge, period, partner, subtotal, tax);
  }

  BigDecimal totalForCustomer() {
    return subtotal.add(taxTotal);
  }
}
