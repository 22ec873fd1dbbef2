package dev.rvi.billing;

import java.math.BigDecimal;
import java.util.List;

/** A one-time invoice: its period and its lines; every total is a sum of the lines' amounts in cents. */
record Invoice(InvoicePeriod period, List<InvoiceLine> lines) {
  private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  BigDecimal subtotal() {
    return lines.stream().map(InvoiceLine::subtotal).reduce(NONE, BigDecimal::add);
  }

  BigDecimal taxTotal() {
    return lines.stream().map(InvoiceLine::taxTotal).reduce(NONE, BigDecimal::add);
  }

  /** The lines that are charges (a subtotal of zero counts as one). */
  BigDecimal totalCharges() {
    return lines.stream().map(InvoiceLine::subtotal).filter(s -> s.signum() >= 0).reduce(NONE, BigDecimal::add);
  }

  /** The credits (refunds, exchanges, cancellations), negative. */
  BigDecimal totalCredits() {
    return lines.stream().map(InvoiceLine::subtotal).filter(s -> s.signum() < 0).reduce(NONE, BigDecimal::add);
  }

  BigDecimal totalAmount() {
    return subtotal().add(taxTotal());
  }
}
