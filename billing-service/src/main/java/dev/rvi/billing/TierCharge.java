package dev.rvi.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charge at one tier ({@code billing.charge_tier} with its charge): what the seller charged (or, negative, credited)
 * the buyer, and whether it is a one-time purchase, a monthly payment or a credit.
 */
record TierCharge(int level, String sellerId, String buyerId, BigDecimal amount, Instant dated, String category, String productKind,
                  String series, String billingPlan, Charge charge) {

  boolean toCustomer() {
    return buyerId.equals(charge.customerId());
  }
}
