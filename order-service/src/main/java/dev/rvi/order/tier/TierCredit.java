package dev.rvi.order.tier;

import dev.rvi.domain.refund.RefundQuote;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one tier credits its buyer for returned instances, worked out at the price that tier was paid: the credit (a
 * refund's after the fee), and a monthly reservation's payments still to come at that tier, cancelled.
 */
public record TierCredit(int level, String sellerId, String buyerId, BigDecimal credit, List<RefundQuote.Payment> cancelledPayments) {
  public List<RefundQuote.Payment> cancelledPayments() {
    return cancelledPayments == null ? List.of() : cancelledPayments;
  }
}
